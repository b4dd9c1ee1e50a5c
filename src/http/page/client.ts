/**
 * @module The chat page's browser script (vanilla, inlined): asks `/api/ask` with a conversation id
 * kept in sessionStorage, and renders each Answer's blocks, sources and suggestions as DOM nodes.
 * Text from the user or the articles only ever reaches the page through `textContent` (no
 * innerHTML anywhere); links keep only http(s) addresses. It runs in the browser, so it is a string
 * here, not a module of the Worker.
 */

/**
 * The script, inlined in a `<script>` element; it reads the elements `ChatDocument` renders.
 * @example <script nonce={nonce}>{raw(CHAT_SCRIPT)}</script>
 */
export const CHAT_SCRIPT = `
(function () {
  "use strict";
  var STORE_KEY = "attache.conversation";
  var TIMEOUT_MS = 20000;
  var log = document.getElementById("messages");
  var form = document.getElementById("ask");
  var input = document.getElementById("question");
  var send = document.getElementById("send");
  var restart = document.getElementById("restart");
  var endpoint = form.getAttribute("data-endpoint") || "/api/ask";
  var welcome = Array.prototype.map.call(log.children, function (n) { return n.cloneNode(true); });
  var pending = false;
  var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var touch = window.matchMedia("(pointer: coarse)").matches;

  function newId() {
    if (window.crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }
  function storedId() {
    try { return sessionStorage.getItem(STORE_KEY); } catch (e) { return null; }
  }
  function storeId(id) {
    try { sessionStorage.setItem(STORE_KEY, id); } catch (e) { /* private mode: keep it in memory */ }
    return id;
  }
  var conversation = storedId() || storeId(newId());
  var chat = 0; // counts "New chat" presses, so that a late answer is not shown in the new chat

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }
  function safeHref(href) {
    try {
      var url = new URL(String(href), location.href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (e) { return null; }
  }
  function link(text, href) {
    var safe = safeHref(href);
    if (!safe) return document.createTextNode(String(text));
    var a = el("a", null, text);
    a.href = safe;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function inline(part) {
    if (part == null) return document.createTextNode("");
    if (typeof part !== "object") return document.createTextNode(String(part));
    if ("bold" in part) return el("strong", null, part.bold);
    if ("italic" in part) return el("em", null, part.italic);
    if ("link" in part) return link(part.link, part.href);
    return document.createTextNode("");
  }
  function line(tag, parts) {
    var node = el(tag);
    (Array.isArray(parts) ? parts : [parts]).forEach(function (p) { node.appendChild(inline(p)); });
    return node;
  }
  function blocks(body, text) {
    var out = document.createDocumentFragment();
    if (!Array.isArray(body) || body.length === 0) {
      String(text || "").split(/\\n\\s*\\n/).forEach(function (para) { out.appendChild(el("p", null, para)); });
      return out;
    }
    body.forEach(function (block) {
      if (!block) return;
      if (block.kind === "list") {
        var ul = el("ul");
        (block.items || []).forEach(function (item) { ul.appendChild(line("li", item)); });
        out.appendChild(ul);
      } else if (block.kind === "quote") {
        out.appendChild(line("blockquote", block.content));
      } else if (block.kind === "sources") {
        if (Array.isArray(block.sources) && block.sources.length) out.appendChild(sources(block.sources));
      } else {
        out.appendChild(line("p", block.content));
      }
    });
    return out;
  }
  function formatDate(iso) {
    var date = new Date(String(iso));
    if (isNaN(date.getTime())) return String(iso);
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  function sources(list) {
    var box = el("section", "sources");
    box.setAttribute("aria-label", "Sources");
    box.appendChild(el("h2", null, list.length === 1 ? "Source" : "Sources"));
    var ol = el("ol", list.length === 1 ? "single" : null);
    list.forEach(function (src) {
      var li = el("li", "source");
      li.appendChild(src.url ? link(src.title || src.article, src.url) : el("span", null, src.title || src.article));
      var meta = [src.publisher, src.published ? formatDate(src.published) : null].filter(Boolean);
      if (meta.length) li.appendChild(el("span", "meta", " · " + meta.join(", ")));
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }
  function chips(questions, label) {
    var group = el("div", "chips");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", label);
    questions.forEach(function (q) {
      var chip = el("button", "chip", q);
      chip.type = "button";
      chip.setAttribute("data-question", q);
      group.appendChild(chip);
    });
    return group;
  }
  function moreChip(count) {
    var group = el("div", "chips");
    var chip = el("button", "chip more", "Show " + count + " more");
    chip.type = "button";
    chip.setAttribute("data-question", "more");
    group.appendChild(chip);
    return group;
  }
  function message(role, label) {
    var li = el("li", "msg msg-" + role);
    li.appendChild(el("span", "who", label + ":"));
    var bubble = el("div", "bubble");
    li.appendChild(bubble);
    return { item: li, bubble: bubble };
  }
  function show(item, where) {
    log.appendChild(item);
    var top = log.scrollHeight;
    if (where === "start") top = log.scrollTop + item.getBoundingClientRect().top - log.getBoundingClientRect().top - 12;
    log.scrollTo({ top: top, behavior: smooth ? "smooth" : "auto" });
  }
  function showAnswer(answer) {
    var m = message("bot", "Attaché");
    m.item.setAttribute("data-found", String(!!answer.found));
    if (!answer.found) {
      m.item.classList.add("not-found");
      m.bubble.appendChild(el("span", "badge", "Not in the articles"));
    }
    var body = Array.isArray(answer.body) ? answer.body : null;
    var inBody = body ? body.some(function (b) { return b && b.kind === "sources"; }) : false;
    m.bubble.appendChild(blocks(body, answer.text));
    // the sources block lists the articles; an answer without one still shows its sources
    if (!inBody && Array.isArray(answer.sources) && answer.sources.length) m.bubble.appendChild(sources(answer.sources));
    // a long list's next page: a chip that asks "more" in this conversation
    if (typeof answer.more === "number" && answer.more > 0) m.item.appendChild(moreChip(answer.more));
    var next = Array.isArray(answer.suggestions) ? answer.suggestions.slice(0, 4) : [];
    if (next.length) m.item.appendChild(chips(next, answer.found ? "Follow-up questions" : "Questions I can answer"));
    return m.item;
  }
  function showError(text) {
    var m = message("bot", "Attaché");
    m.item.classList.add("error", "not-found");
    m.bubble.appendChild(el("p", null, text));
    return m.item;
  }
  function setPending(on) {
    pending = on;
    log.setAttribute("aria-busy", String(on));
    send.setAttribute("aria-disabled", String(on));
  }
  function errorText(response, data) {
    if (data && typeof data.error === "string") return "Sorry, that did not work: " + data.error;
    return "Sorry, the server answered " + response.status + ". Please try again.";
  }

  function ask(question) {
    question = String(question).trim();
    if (!question || pending) return;
    log.querySelectorAll(".msg .chips").forEach(function (old) { old.remove(); }); // only the latest answer's
    var asked = message("user", "You");
    asked.bubble.textContent = question;
    show(asked.item, "end");
    var typing = message("bot", "Attaché");
    typing.item.classList.add("typing");
    typing.item.setAttribute("aria-hidden", "true");
    typing.bubble.appendChild(el("span", "dots", "Looking it up"));
    show(typing.item, "end");
    setPending(true);
    var asking = chat;
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) controller.abort(); }, TIMEOUT_MS);
    var url = endpoint + "?" + new URLSearchParams({ q: question, conversation: conversation }).toString();
    fetch(url, { headers: { accept: "application/json" }, signal: controller ? controller.signal : undefined })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (data) {
          if (!response.ok || !data || typeof data !== "object") return showError(errorText(response, data));
          return showAnswer(data);
        });
      }, function () {
        return showError("Sorry, I could not reach the server. Is it still running?");
      })
      .catch(function () {
        return showError("Sorry, I could not show that answer.");
      })
      .then(function (item) {
        clearTimeout(timer);
        typing.item.remove();
        setPending(false);
        if (chat === asking) show(item, "start"); // unless "New chat" was pressed meanwhile
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (pending) return;
    var question = input.value;
    if (!question.trim()) { input.focus(); return; }
    input.value = "";
    ask(question);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") input.value = "";
  });
  document.addEventListener("click", function (event) {
    var chip = event.target instanceof Element ? event.target.closest("[data-question]") : null;
    if (!chip) return;
    ask(chip.getAttribute("data-question"));
    if (event.detail === 0 || !touch) input.focus(); // no keyboard popping up after a tap
  });
  restart.addEventListener("click", function () {
    conversation = storeId(newId());
    chat += 1;
    log.replaceChildren.apply(log, welcome.map(function (n) { return n.cloneNode(true); }));
    input.value = "";
    input.focus();
  });
})();
`;
