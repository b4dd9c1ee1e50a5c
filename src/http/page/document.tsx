/** @module The chat page's HTML document (Hono JSX): header, message log, example chips, the form. */
import { raw } from "hono/html";
import { CHAT_SCRIPT } from "./client";
import { CHAT_CSS } from "./styles";

/** What the page shows before the first question. */
export interface ChatDocumentProps {
  /** Example questions, offered as chips under the log. */
  examples: readonly string[];
  /** The CSP nonce that lets the inline style and script run. */
  nonce: string;
  /** Where the script asks its questions. */
  endpoint: string;
  /** The longest question the endpoint takes, in characters. */
  maxLength: number;
}

const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#1f5fbf"/>' +
      '<text x="16" y="22" font-family="sans-serif" font-size="17" font-weight="700" fill="#fff" text-anchor="middle">A</text></svg>',
  );

function Examples({ examples }: { examples: readonly string[] }) {
  if (examples.length === 0) return null;
  return (
    <div class="chips" role="group" aria-label="Example questions">
      {examples.map((question) => (
        <button type="button" class="chip" data-question={question}>
          {question}
        </button>
      ))}
    </div>
  );
}

function ChatDocument({ examples, nonce, endpoint, maxLength }: ChatDocumentProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="light dark" />
        <title>Attaché: ask about diplomatic meetings</title>
        <link rel="icon" href={FAVICON} />
        <style nonce={nonce}>{raw(CHAT_CSS)}</style>
      </head>
      <body>
        <div class="app">
          <header class="top">
            <div class="logo" aria-hidden="true">A</div>
            <div class="brand">
              <h1>Attaché</h1>
              <p>Answers from news articles on diplomatic meetings, with their sources.</p>
            </div>
            <button type="button" id="restart" class="ghost" title="Forget this conversation and start again">
              New chat
            </button>
          </header>
          <ol id="messages" class="log" role="log" aria-live="polite" aria-label="Conversation">
            <li class="msg msg-bot">
              <span class="who">Attaché:</span>
              <div class="bubble">
                <p>
                  Hello! Ask me who met whom, when and where, what they discussed, or who holds which
                  office. Follow-up questions such as “when?” refer to the previous answer.
                </p>
              </div>
            </li>
          </ol>
          <footer class="composer">
            <Examples examples={examples} />
            <form id="ask" class="ask" data-endpoint={endpoint} autocomplete="off">
              <label for="question">Your question</label>
              <input
                id="question"
                name="q"
                type="text"
                enterkeyhint="send"
                placeholder="Ask about a meeting…"
                maxlength={maxLength}
                autofocus
              />
              <button id="send" class="send" type="submit">
                Ask
              </button>
            </form>
            <noscript>
              <p class="hint">This page needs JavaScript; without it, ask {endpoint}?q=… directly.</p>
            </noscript>
          </footer>
        </div>
        <script nonce={nonce}>{raw(CHAT_SCRIPT)}</script>
      </body>
    </html>
  );
}

/**
 * Renders the whole chat page as an HTML string; `examples` are escaped like any text.
 * @example renderChatDocument({ examples: ["Who met whom?"], nonce: "abc", endpoint: "/api/ask", maxLength: 1000 })
 */
export function renderChatDocument(props: ChatDocumentProps): string {
  return `<!doctype html>${String(<ChatDocument {...props} />)}`;
}
