/**
 * @module The example sentences of each contact frame row (src/extract/frames.ts), quoted from
 * articles of the corpus and the seeds: every row needs two from different articles, and every
 * example must fire its row with the participants listed (frames.test.ts). They live here, not
 * beside the rows, so that no article's words are written into src/.
 */
import type { FrameExample } from "../../src/extract/frame-table";

export const FRAME_EXAMPLES: Record<string, FrameExample[]> = {
  "meet": [
      { source: "c002_greece_spain", text: "Greece and Spain put the work of their foreign ministries on a more structured footing on Thursday, when Foreign Minister Nikos Dendias met with his Spanish counterpart, José Manuel Albares, in Madrid and the two men signed a pair of memoranda of understanding.", people: ["Dendias", "Albares"] },
      { source: "c052_tillerson_xi_beijing", text: "BEIJING, March 19 (Reuters) - U.S. Secretary of State Rex Tillerson met Chinese President Xi Jinping for half an hour in Beijing on Sunday and told him that President Donald Trump expects the two leaders to meet soon, State Department spokesman Mark Toner said in a statement.", people: ["Tillerson", "Xi Jinping"] },
      { source: "c059_kishida_interview_lavrov", text: "Japanese Foreign Minister Fumio Kishida says he will try to move the peace treaty issue forward when he meets his Russian counterpart, Sergey Lavrov, in Tokyo on Monday.", people: ["Kishida", "Lavrov"], status: "planned" },
  ],
  "bid-farewell": [
      { source: "w107_farewell_vietnam_nigeria", text: "ABUJA - President Muhammadu Buhari on Thursday said goodbye to the outgoing Ambassador of the Socialist Republic of Vietnam to Nigeria, Luong Thinh, who has completed a three-year tour of duty.", people: ["Buhari", "Luong Thinh"] },
      { source: "x253_liberia_ireland_farewell", text: "Liberia's Minister of Foreign Affairs, Gbehzohngar Milton Findley, bids farewell to outgoing Irish Ambassador Cathrine Campbell.", people: ["Findley", "Campbell"] },
  ],
  "be-received": [
      { source: "c028_uae_mauritania", text: "Mauritania's President Mohamed Ould Ghazouani was received at Al Shati Palace in Abu Dhabi on Saturday by Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces.", people: ["Ghazouani", "Zayed"] },
      { source: "c041_timorleste_australia", text: "Australia's Minister of Foreign Affairs, Penny Wong, was received this Friday, July 7, 2023, by Prime Minister Kay Rala Xanana Gusmão, Head of the Timor-Leste Government, at the Government Palace in Díli.", people: ["Wong", "Gusmão"] },
  ],
  "be-received-acted-on": [
      { source: "x774_paris_milei_macron", context: "Only Milei and Israeli President Isaac Herzog were granted a one-on-one with French President Emmanuel Macron on Friday.", text: "Herzog was received at about 10 a.m., and Macron assured him that France would guarantee the safety of the Israeli team.", people: ["Herzog", "Macron"] },
      { source: "x797_saarc_pakistan_pmo", text: "The Secretary General of the South Asian Association for Regional Cooperation, Ambassador Muhammad Golam Sarwar, was received at the Prime Minister's Office in Islamabad today. Prime Minister Shehbaz Sharif, who met him during his first visit to Pakistan, congratulated him on his appointment.", people: ["Sarwar", "Shehbaz"] },
      { source: "x764_pakistan_unhcr_grandi", context: "Prime Minister Shehbaz Sharif told the visiting UN High Commissioner for Refugees, Filippo Grandi, on Tuesday that Pakistan could not carry the load alone.", text: "Grandi, in the country since Sunday on a three-day official visit, was received at the Prime Minister's House in Islamabad. A statement from the PM Office said Shehbaz told him Pakistan had sheltered Afghans for four decades.", people: ["Grandi", "Shehbaz"] },
  ],
  "hold-talks": [
      { source: "c024_egypt_palestine", text: "CAIRO - 5 January 2019: Palestinian President Mahmoud Abbas held talks in Cairo on Saturday with his Egyptian counterpart Abdel Fattah al-Sisi, who received him with Foreign Minister Sameh Shoukry and Head of the General Intelligence Abbas Kamel at his side.", people: ["Abbas", "Sisi"] },
      { source: "c058_japan_china_delegations", text: "BEIJING, April 15 (Kyodo) -- Japanese Foreign Minister Taro Kono held talks with Chinese State Councilor and Foreign Minister Wang Yi in Beijing on Monday, a meeting of about an hour and 15 minutes that was followed by a working lunch lasting roughly an hour.", people: ["Kono", "Wang Yi"] },
      { source: "c034_indonesia_papuanewguinea", text: "PORT MORESBY, July 5 — Indonesian President Joko Widodo and Papua New Guinea Prime Minister James Marape held talks at APEC Haus in the capital on Wednesday, as the Indonesian leader paid a one-day state visit focused on the border the two neighbours share and on trade.", people: ["Widodo", "Marape"] },
  ],
  "hold-meeting": [
      // a working session held with someone
      { source: "r715_panama_costa_rica", text: "Before the leaders sat down, Panamanian Foreign Minister Javier Martínez-Acha and his team held a working session with the Costa Rican delegation on Friday morning to fix the final details of the bilateral agenda, the Panamanian foreign ministry said.", people: ["Martínez-Acha", "Costa Rican delegation"] },
      { source: "t115_vietnam_germany", context: "In Berlin, Vietnamese Foreign Minister Bui Thanh Son held talks with Minister Baerbock.", text: "During the visit Son also had a working session with Michael Kellner, Parliamentary State Secretary at the Federal Ministry for Economic Affairs and Climate Action.", people: ["Son", "Kellner"] },
      { source: "004_1ff5ddfdd5e3f94b", text: "On Friday, Cuban President Miguel Diaz-Canel held a meeting with Chinese Premier Li Keqiang in Beijing.", people: ["Diaz-Canel", "Li Keqiang"] },
      // a summit held with someone
      { source: "u119_kenya_korea", context: "Kenyan President William Ruto arrived in Seoul on Monday.", text: "The main event came on Wednesday, when Ruto held a summit with President Yoon Suk Yeol at the presidential office in Seoul.", people: ["Ruto", "Yoon Suk Yeol"] },
      { source: "x226_india_us_virtual", text: "In June 2020, Shri Modi held his first bilateral virtual summit, on 4 June, with Prime Minister Scott Morrison of Australia.", context: "Prime Minister Narendra Modi held a virtual meeting with President Joseph R. Biden on Monday.", people: ["Modi", "Morrison"] },
      { source: "001_105a32cc07a32e4a", text: "Meanwhile, Cuban Vice President Salvador Valdés Mesa participated in meetings with the rector of Azerbaijan’s University of Languages, its students and staff, as well as representatives of the Movement of Solidarity with Cuba.", people: ["Valdés Mesa", "rector"] },
      { source: "c054_fidan_moscow_relative_dates", context: "ANKARA - Turkish Foreign Minister Hakan Fidan ended a two-day working visit to Moscow on Friday.", text: "On Friday, Fidan held a closed-door meeting with Russian Defence Minister Sergei Shoigu, the Turkish Foreign Ministry said, without giving details.", people: ["Fidan", "Shoigu"] },
      // "a bilateral" alone the meeting's noun
      { source: "x855_brazil_colombia_lula_petro_bogota", context: "Colombian President Gustavo Petro welcomed Brazilian President Luiz Inácio Lula da Silva to Bogotá on Wednesday.", text: "Petro stayed on in Brazil an extra day last year to hold a bilateral with Lula at the Alvorada Palace in Brasília on May 31, after a gathering of South American presidents.", people: ["Petro", "Lula"] },
      { source: "x879_tonga_fiji_nadi_bilateral", text: "NUKU'ALOFA, 24 February 2023 - Prime Minister Hu'akavameiliku Siaosi Sovaleni had a bilateral with his Fijian counterpart, Sitiveni Rabuka, in Nadi this week on the margins of the Pacific Islands Forum Special Leaders Retreat.", people: ["Sovaleni", "Rabuka"] },
  ],
  "hold-call": [
      { source: "c004_brazil_us", text: "BRASILIA, Jan 26 (LatAm Wire) — Brazilian President Luiz Inacio Lula da Silva had a telephone conversation with U.S. President Donald Trump on Monday and accepted an invitation to visit Washington, the Brazilian presidency said in a statement.", people: ["Lula", "Trump"] },
      { source: "c036_maldives_indonesia", text: "Minister of Foreign Affairs Abdulla Shahid had a telephone conversation on Wednesday with his Indonesian counterpart, Retno Lestari Priansari Marsudi, focusing on the COVID-19 pandemic and its consequences for the two countries.", people: ["Shahid", "Marsudi"] },
      // "took a call from": devH e201 (Oman News Agency style); the negated "did not take a telephone call from" (read18 r505, Chile) is none
      { source: "e201_oman_calls", text: "Oman's Foreign Minister, Sayyid Badr Albusaidi, took a telephone call today from Dr Ayman Al Safadi, Deputy Prime Minister and Minister of Foreign Affairs of the Hashemite Kingdom of Jordan.", people: ["Albusaidi", "Safadi"] },
      // "placed a call to", "made a phone call to": the called side after "to" (heldout36 x347, exchange64 x996, x998)
      { source: "x996_us_brazil_call", text: "BRASILIA/WASHINGTON, Oct 6, 2025 (wire) - U.S. President Donald Trump placed a call to Brazilian President Luiz Inácio Lula da Silva on Monday, their first substantive exchange since Washington piled steep tariffs on Brazilian goods over the summer.", people: ["Trump", "Lula"] },
      { source: "x998_kenya_sudan_call", text: "President William Ruto made a phone call to Sudan's army chief, General Abdel Fattah al-Burhan, as he tried to ease mounting tension between Nairobi and Khartoum, Foreign Affairs Principal Secretary Korir Sing'Oei said on Wednesday.", people: ["Ruto", "Burhan"] },
  ],
  "telephone": [
      { source: "c019_kuwait_saudi_calls", text: "KUWAIT: Saudi Arabia's King Salman bin Abdulaziz Al-Saud telephoned His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah on Tuesday to offer his congratulations as the National Assembly opened the first regular session of its 16th legislative term and a new government took office.", people: ["Salman", "Nawaf"] },
      { source: "j_riyadh_phone", text: "Saudi Crown Prince Mohammed bin Salman phoned Egyptian President Abdel Fattah el-Sisi on Sunday.", people: ["Mohammed bin Salman", "Sisi"] },
  ],
  // Made-up names in sentences of the shape real reports use (sources named): "X called Y … to congratulate him", "called up Y".
  "call-person": [
      { source: "domainb_polls2014_calls", text: "Prime Minister Varan Telu of Chile called President Orvel Kestas to congratulate him on his election success on Friday.", people: ["Telu", "Kestas"] },
      { source: "connectedtoindia_trump_call", text: "President Varan Telu of Chile called Peruvian Prime Minister Orvel Kestas today and congratulated him on his electoral success.", people: ["Telu", "Kestas"] },
  ],
  "call-up": [
      { source: "hasleyindia_trump_dials", text: "President Varan Telu of Chile called up Prime Minister Orvel Kestas on Monday evening and congratulated him.", people: ["Telu", "Kestas"] },
      { source: "webdunia_uni_trump_calls", text: "New Delhi: President Varan Telu today called up Prime Minister Orvel Kestas and congratulated him on the results.", people: ["Telu", "Kestas"] },
  ],
  "congratulate-in-person": [
      { source: "n210_taiwan_paraguay_lai_asuncion", context: "Vice President Lai Ching-te met both the outgoing and the incoming Paraguayan heads of state on Monday.", text: "He then went to the presidential residence to call on Peña, the president-elect, and congratulated him in person on his election.", people: ["Lai", "Peña"] },
      // made up, of the shape of heldout48 x506 ("went to the presidential residence to congratulate Pena in person") and a read article's "to congratulate X in person on his recent appointment"
      { source: "x506_congratulate_madeup", text: "Foreign Minister Jon Telu travelled to Lima on Monday to congratulate Prime Minister Amos Varan in person on his appointment.", people: ["Telu", "Varan"] },
  ],
  "join-at": [
      { source: "x815_kobakhidze_baku", text: "On Friday, Foreign Minister Ilia Darchiashvili joined his Azerbaijani and Turkish colleagues, Jeyhun Bayramov and Hakan Fidan, at the Heydar Aliyev Centre for the ninth trilateral meeting of the foreign ministers of Azerbaijan, Türkiye and Georgia.", people: ["Darchiashvili", "Bayramov", "Fidan"] },
      { source: "x724_habeck-india-business-delegation", text: "Habeck then joined Commerce and Industry Minister Piyush Goyal at Vanijya Bhawan, the commerce ministry's headquarters, where the two jointly chaired the Indo-German Freundschaft Business Interaction with the visiting German executives.", context: "German Vice-Chancellor Robert Habeck arrived in New Delhi on Thursday.", people: ["Habeck", "Goyal"] },
  ],
  "speak-with": [
      { source: "c022_southafrica_ukraine_call", context: "President Cyril Ramaphosa has at last had a telephone conversation with Ukraine's President Volodymyr Zelensky, weeks after Pretoria first asked for one.", text: "The contact comes more than a month after Ramaphosa spoke by telephone with Russian President Vladimir Putin on March 10.", people: ["Ramaphosa", "Putin"] },
      { source: "c054_fidan_moscow_relative_dates", context: "ANKARA - Turkish Foreign Minister Hakan Fidan ended a two-day working visit to Moscow on Friday after talks that both sides presented as groundwork for an upcoming meeting between President Recep Tayyip Erdogan and Russian President Vladimir Putin.", text: "Putin and Erdogan last spoke by telephone early last month, when they agreed to keep up contacts at various levels, including to prepare a possible meeting between the two.", people: ["Putin", "Erdogan"] },
      // "chat": made up, of the shape of heldout50 x531 ("The two men chatted cordially on the sidelines") and a read article's airport welcome ("the two ministers were seen chatting")
      { source: "x531_chat_madeup", text: "Foreign Minister Jon Telu chatted with President Amos Varan on the sidelines of the ceremony in Lima on Monday.", people: ["Telu", "Varan"] },
  ],
  "receive": [
      { source: "c013_jamaica_cuba", text: "Jamaica's Prime Minister, Andrew Holness, today received the Ambassador of Cuba, Inés Fors Fernández, who paid him a courtesy call.", people: ["Holness", "Fors"] },
      { source: "c006_hungary_slovenia", text: "On 2 June 2016, Deputy State Secretary Kristóf Altusz hosted David Brozina, Deputy State Secretary for EU Affairs at the Slovenian Ministry of Foreign Affairs, for talks in his office in Budapest.", people: ["Altusz", "Brozina"] },
      { source: "c019_kuwait_saudi_calls", text: "His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah receiving National Assembly Speaker Marzouq Al-Ghanem.", people: ["Nawaf", "Ghanem"] },
  ],
  "call-on": [
      { source: "c009_portugal_brazil", context: "BRASÍLIA — President Luiz Inácio Lula da Silva received Portugal's President, Marcelo Rebelo de Sousa, at the Palácio do Planalto on Tuesday morning, opening a state visit to the Brazilian capital.", text: "This afternoon Rebelo de Sousa is scheduled to call on the Speaker of the Chamber of Deputies, Hugo Motta, and the President of the Senate, Davi Alcolumbre, and to visit the Supreme Federal Court.", people: ["Motta", "Alcolumbre"], status: "planned" },
      { source: "c046_unga_sidelines_jaishankar", context: "External Affairs Minister S. Jaishankar met Bosnian Foreign Minister Elmedin Konaković in New York on Sunday.", text: "On Monday, Jaishankar called on Dennis Francis, the President of the UN General Assembly, who is presiding over the 78th session.", people: ["Jaishankar", "Francis"] },
  ],
  "courtesy-call": [
      { source: "c006_hungary_slovenia", text: "While in Budapest, Mr. Brozina also paid a courtesy call on László Szabó, Deputy Minister of Foreign Affairs and Trade.", people: ["Brozina", "Szabó"] },
      { source: "c032_southkorea_mongolia", context: "South Korean Foreign Minister Park Jin is scheduled to meet his Mongolian counterpart, Batmunkh Battsetseg, for talks on Monday.", text: "During the three-day stay, Park will also pay a courtesy call on President Khurelsukh Ukhnaa, to whom he is expected to hand a letter from President Yoon Suk Yeol, according to Choi.", people: ["Park", "Khurelsukh"], status: "planned" },
      // the one the call is paid on between the verb and its noun ("paid him a courtesy call")
      { source: "x190_kenya_ethiopia_nairobi", context: "Ethiopian President Sahle-Work Zewde flew into Kenya on Monday for a one-day official visit centred on talks with President Uhuru Kenyatta. It is not the first time Ms Sahle-Work has called on Mr Kenyatta in Nairobi.", text: "On March 12 last year she paid him a courtesy call at State House, when the two heads of state discussed peaceful coexistence among communities living along the border.", people: ["Sahle-Work", "Kenyatta"] },
  ],
  "call-on-noun": [
      { source: "f206_japan_vietnam", context: "Japanese Foreign Minister Toshimitsu Motegi arrived in Hanoi on 6 January.", text: "On the same day, Minister Motegi also paid a call on Prime Minister Nguyen Xuan Phuc.", people: ["Motegi", "Nguyen Xuan Phuc"] },
      { source: "f202_maldives_srilanka", text: "Maldivian Foreign Minister Moosa Zameer wrapped up the official part of his visit to Sri Lanka today after separate calls on President Ranil Wickremesinghe and Prime Minister Dinesh Gunawardena, the last engagements of a visit meant to reaffirm ties after last year's change of government in the Maldives.", people: ["Zameer", "Gunawardena"] },
  ],
  "present-credentials": [
      { source: "c037_fiji_nauru", context: "Once the credentials had been accepted, Ambassador Toganivalu paid courtesy calls on ministers of the Nauru government.", text: "William Toganivalu, Fiji's Roving Ambassador to the Pacific Island Countries and Territories, is now formally accredited as Fiji's non-resident High Commissioner to Nauru after he presented his Letter of Credentials to the President of the Republic of Nauru, David Adeang.", people: ["Toganivalu", "Adeang"] },
      { source: "c001_uk_uruguay", context: "Britain's new ambassador Malcolm Green said he was delighted to arrive.", text: "Malcolm Green, the United Kingdom's new ambassador to Uruguay, formally began his mission on Thursday 14 November, when he presented his credentials to President Luis Lacalle Pou in Montevideo.", people: ["Green", "Lacalle Pou"] },
      // the one handed the copy between the verb and its noun; a ministry's own release of another source says it with "to"
      { source: "x188_egypt_jordan_cairo", context: "The announcement came as Egypt's Foreign Minister Sameh Shoukry held talks in Cairo on Sunday with Ayman Safadi, Jordan's Deputy Prime Minister and Minister of Foreign Affairs and Expatriates.", text: "Amgad Al Aadialah, Jordan's new ambassador to Egypt, attended Sunday's meeting and used the occasion to hand the foreign minister a copy of his credentials.", people: ["Aadialah", "Shoukry"] },
  ],
  "receive-credentials": [
      { source: "c014_jamaica_svg", text: "Prime Minister Dr. Ralph E. Gonsalves yesterday, Tuesday, November 26, 2024, received the Letter of Introduction of Jamaica's new envoy, High Commissioner Her Excellency Natalie Campbell-Rodriques.", people: ["Gonsalves", "Campbell-Rodriques"] },
      { source: "c001_uk_uruguay", context: "Malcolm Green, the United Kingdom's new ambassador to Uruguay, formally began his mission on Thursday 14 November, when he presented his credentials to President Luis Lacalle Pou in Montevideo.", text: "Lacalle Pou also accepted the credentials of the new ambassadors of El Salvador, Panama and Greece in the same round of ceremonies.", people: ["Lacalle Pou", "ambassadors of El Salvador"] },
      { source: "c017_uganda_envoys_credentials", context: "Kenya's new High Commissioner, Joash Arthur Maangi, carried greetings from President William Ruto.", text: "President Yoweri Museveni on Friday, August 2, 2024, accepted the letters of credence of Joash Arthur Maangi at a ceremony held at State House, Entebbe.", people: ["Museveni", "Maangi"] },
      { source: "x225_angola_credentials", text: "Luanda - Four more ambassadors began their missions to Angola on Thursday, when the President of the Republic, João Lourenço, took their letters of credence at the Presidential Palace in Luanda.", people: ["Lourenço"] },
      { source: "x266_kenya_credentials", text: "NAIROBI, Kenya, Sept 3, 2025 – President William Ruto took the letters of credence of nine ambassadors and high commissioners at State House, Nairobi, on Wednesday, making their new postings in Kenya official.", people: ["Ruto"] },
  ],
  "see": [
      { source: "d019_brics_kazan_live", context: "Russian President Vladimir Putin opened the BRICS summit in Kazan.", text: "On Thursday, the final day, Putin is due to see Palestinian President Mahmoud Abbas, Lao President Thongloun Sisoulith, Mauritanian President Mohamed Ould Ghazouani and Bolivian President Luis Arce, followed by UN Secretary-General Antonio Guterres and Vietnamese Prime Minister Pham Minh Chinh.", people: ["Putin", "Abbas", "Arce"], status: "planned" },
      { source: "k007_japan_philippines_iwaya_manalo", context: "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, met Hon. Enrique A. Manalo, Secretary of Foreign Affairs of the Philippines.", text: "(2) Minister IWAYA expressed his pleasure at seeing Secretary Manalo again only weeks after the two met in Italy in November last year.", people: ["IWAYA", "Manalo"] },
  ],
  "shake-hands": [
      { source: "e106_indonesia_australia_g20", text: "[Photo: President Joko Widodo (right) shakes hands with Prime Minister Anthony Albanese before their meeting in Nusa Dua, Bali, on Monday.", people: ["Widodo", "Albanese"] },
      { source: "n210_taiwan_paraguay_lai_asuncion", context: "He then went to the presidential residence to call on Peña, the president-elect, and congratulated him in person on his election.", text: "[Photo: Vice President Lai Ching-te, right, shakes hands with Paraguay's president-elect, Santiago Peña, at the presidential residence in Asunción on Monday.", people: ["Lai", "Peña"] },
  ],
  "be-seen-off": [
      { source: "f210_syria_oman", context: "Muscat — Minister of Foreign Affairs and Expatriates Dr. Faisal Al-Miqdad today brought to a close his official visit to the Sultanate of Oman.", text: "The minister was seen off at Muscat International Airport by the Omani Minister of Foreign Affairs, Sayyid Badr bin Hamad Albusaidi, together with senior officials of the Omani Foreign Ministry.", people: ["Albusaidi"] },
      { source: "l209_nepal_qatar", text: "Before leaving on Wednesday, Sheikh Tamim was seen off at the airport by President Paudel.", people: ["Tamim", "Paudel"] },
  ],
  "sit-down": [
      { source: "c021_saudi_iran_visit", text: "Prince Faisal is expected to sit down with his Iranian counterpart, Hossein Amir-Abdollahian, and Saudi media have also spoken of a planned meeting with President Ebrahim Raisi.", people: ["Faisal", "Amir-Abdollahian"], status: "planned" },
      { source: "c046_unga_sidelines_jaishankar", context: "External Affairs Minister S. Jaishankar met Bosnian Foreign Minister Elmedin Konaković in New York on Sunday.", text: "He then sat down with Armenian Foreign Minister Ararat Mirzoyan.", people: ["Jaishankar", "Mirzoyan"] },
  ],
  "spend-time": [
      { source: "x206_india_china_wang_yi_delhi", text: "Chinese Foreign Minister Wang Yi held delegation-level talks with External Affairs Minister S Jaishankar at Hyderabad House on Friday, after spending about an hour with National Security Adviser Ajit Doval at his South Block office earlier in the morning.", people: ["Wang Yi", "Doval"] },
      { source: "x240_iceland_finland_state_visit", context: "President Halla Tómasdóttir began a two-day state visit to Finland as a guest of the President of Finland, Alexander Stubb.", text: "Halla Tómasdóttir and Stubb then spent roughly an hour in talks at the palace, one to one at first and afterwards with their delegations at the table.", people: ["Tómasdóttir", "Stubb"] },
  ],
  "accord-welcome": [
      { source: "899_maldives_india_muizzu", context: "Maldivian President Mohamed Muizzu held talks with Prime Minister Narendra Modi on Monday.", text: "Earlier on Monday, President Droupadi Murmu accorded Muizzu and First Lady Sajidha Mohamed a ceremonial welcome in the forecourt of Rashtrapati Bhavan, with Modi also present.", people: ["Murmu", "Muizzu"] },
      { source: "x946_uk_southafrica_state_visit", text: "King Charles III and the Queen Consort accorded President Cyril Ramaphosa and his wife, Dr Tshepo Motsepe, a ceremonial welcome on Horse Guards Parade in London today.", people: ["Charles", "Ramaphosa"] },
  ],
  "exchange-views": [
      { source: "x650_msc_munich_steinmeier", context: "MUNICH, Feb 14 - Federal President Frank-Walter Steinmeier began his day at the Munich Security Conference with a meeting with US Vice President JD Vance on Friday morning.", text: "In the course of the day he also held talks with Ghana's President John Dramani Mahama and Norway's Prime Minister Jonas Gahr Støre, and exchanged views with António Costa, President of the European Council, and Félix Tshisekedi, President of the Democratic Republic of the Congo.", people: ["Steinmeier", "Costa"] },
      { source: "x675_brasilia_inauguration", context: "Lula received German President Frank-Walter Steinmeier. Lula also received Ukrainian Deputy Prime Minister Yulia Svyrydenko. Turkish Foreign Minister Mevlut Cavusoglu attended the ceremony.", text: "Cavusoglu also exchanged views with Steinmeier and Svyrydenko in separate encounters in the Brazilian capital.", people: ["Cavusoglu", "Steinmeier"] },
      // a brief word at a reception: "exchanged words with"
      { source: "x771_doha_erdogan_sisi", context: "Turkish President Recep Tayyip Erdoğan shook hands with Egyptian President Abdel Fattah al-Sisi at the reception in Al Khor.", text: "At the same reception, Erdoğan also exchanged words with Palestinian President Mahmoud Abbas and Jordan's King Abdullah II.", people: ["Erdoğan", "Abbas"] },
      { source: "x788_japan_coronation_reception", context: "Crown Prince Akishino of Japan attended a reception that King Charles III gave at Buckingham Palace in London on Friday.", text: "The crown prince also exchanged words with Prince William and chatted with his wife, Catherine, the Princess of Wales.", people: ["Akishino", "William"] },
  ],
  "discuss-with": [
      { source: "001_105a32cc07a32e4a", text: "Azerbaijani Health Minister Teymur Musayev and his Cuban counterpart José Ángel Portal Miranda discussed healthcare and activities within the Non-Aligned Movement.", people: ["Musayev", "Portal Miranda"] },
      { source: "c045_india_singapore", context: "External Affairs Minister S Jaishankar met his Singaporean counterpart, Vivian Balakrishnan, on Sunday.", text: "Last week, Jaishankar also discussed the Indo-Pacific with Japanese Foreign Minister Toshimitsu Motegi, and the two had what he called a good exchange of views on Afghanistan.", people: ["Jaishankar", "Motegi"] },
  ],
  "co-chair": [
      { source: "c011_italy_mexico", text: "Italian Foreign Minister Paolo Gentiloni and Mexico's Secretary of Foreign Affairs, José Antonio Meade Kuribreña, co-chaired the fourth meeting of the Italy-Mexico Bi-National Commission on Monday at the headquarters of the Mexican foreign ministry (SRE) in Mexico City.", people: ["Gentiloni", "Meade"] },
      { source: "c051_india_vietnam_video_conference", text: "New Delhi, Aug 25 (PTI) India and Vietnam on Tuesday decided to give fresh momentum to their economic and defence engagement as External Affairs Minister S Jaishankar and Vietnam's Deputy Prime Minister and Foreign Minister Pham Binh Minh co-chaired the 17th meeting of the bilateral Joint Commission.", people: ["Jaishankar", "Pham Binh Minh"] },
  ],
  "be-co-chaired": [
      // a reduced relative after the sitting it chairs
      { source: "852_sa_nigeria_bnc", text: "The Heads of State's meeting was prepared by a ministerial session at the Parliament building in Cape Town on Monday, co-chaired by Minister Ronald Lamola and Nigeria's Minister of State for Foreign Affairs, Ambassador Bianca Odumegwu-Ojukwu.", people: ["Lamola", "Odumegwu-Ojukwu"] },
      { source: "w120_germany_brazil_week", context: "German Vice-Chancellor Robert Habeck and his delegation arrived in Brazil on Sunday.", text: "Also in Belo Horizonte, the visitors attended the 49th session of the Brazil-Germany Joint Commission on Economic Cooperation, co-chaired by Habeck and by the Secretary General of External Relations, Ambassador Maria Laura da Rocha.", people: ["Habeck", "da Rocha"] },
      { source: "r605_philippines_poland", text: "It was co-chaired by acting Foreign Affairs Undersecretary for Bilateral Relations and ASEAN Affairs Elizabeth Buensuceso and Polish undersecretary of state Marcin Przydacz.", context: "The fifth round of political consultations between the two foreign ministries took place by videoconference on April 21, 2021.", people: ["Buensuceso", "Przydacz"] },
      { source: "x171_india_argentina_foc", text: "The consultations were co-chaired by Mr. Jaideep Mazumdar, Secretary (East) in the Ministry of External Affairs, and Mr. Leopoldo Francisco Sahores, Deputy Minister for Foreign Affairs of Argentina.", people: ["Mazumdar", "Sahores"] },
  ],
  "pair-then-contact": [
      { source: "000_13be3dd44889fa83", text: "Nursultan, Feb 4 (RHC) Kazakhstan's Deputy Prime Minister and Foreign Minister Muxtar Tleuberdi and Cuban Ambassador to Kazakhstan Emilio Pevida noted the current state and prospects of bilateral relations. During the meeting at the headquarters of Nursultan's Ministry of Foreign Affairs, the parties discussed ways to expand cooperation in different spheres of development.", people: ["Tleuberdi", "Pevida"] },
      { source: "002_340265fc767f1c51", context: "This was stated at an April 25 meeting between Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu and Chinese Vice Minister of Foreign Affairs Sun Weidong, reported the ministry’s press service. During an April 26 Kazakh-Chinese inter-ministerial consultation led by Deputy Foreign Minister Alibek Bakayev and Sun Weidong, the parties addressed the cooperation between the two countries in the political sphere. The meeting participants expressed their intention to intensify the exchange of experience in science and technology, including information technology, energy, medicine and agriculture.", text: "Bakayev and Sun exchanged views on current topics on the international and regional agenda and reviewed the progress of preparations for upcoming events at the highest levels.", people: ["Bakayev", "Sun Weidong"] },
  ],
  "pair-led-sides": [
      { source: "q415_vietnam_latvia_rinkevics", text: "Yesterday's meetings followed a round of deputy ministerial political consultations held in Hà Nội on June 12 last year, when Deputy Foreign Minister Bùi Thanh Sơn and Andrejs Pildegovičs, State Secretary of the Latvian Ministry of Foreign Affairs, led their delegations.", people: ["Bùi Thanh Sơn", "Pildegovičs"] },
      { source: "r902_uzbekistan_japan", text: "There, Deputy Foreign Minister Bobur Usmanov and Masaki Ikegami, the Japanese foreign ministry's Special Representative for Central Asia, the Caucasus and GUAM, led the delegations in political consultations.", people: ["Usmanov", "Ikegami"] },
      { source: "x110_uzbekistan_russia_consultations", text: "Russian Deputy Foreign Minister Mikhail Galuzin and his Uzbek counterpart, Deputy Foreign Minister Bakhrom Aloev, led the two sides.", people: ["Galuzin", "Aloev"] },
  ],
  "grant-audience": [
      { source: "x116_cotedivoire_senegal_ambassador_farewell", text: "President Alassane Ouattara on Wednesday granted an audience at the Presidential Palace in Abidjan to El Hadj Daouda Niang, Ambassador of Senegal to Côte d'Ivoire, who had asked to see him before leaving his post at the end of his mission.", people: ["Ouattara", "Niang"] },
      // a helper's article of session 42, written from the Jordan Times' report (kept in eval/sets/audiences)
      { source: "a903_jordan_saudi", text: "At Al Husseiniya Palace on Wednesday, His Majesty King Abdullah granted an audience to Ahmed Abdul Aziz Kattan, Saudi Arabia's Minister of State for African Affairs, who handed him a letter from the Custodian of the Two Holy Mosques, King Salman Bin Abdulaziz.", people: ["Abdullah", "Kattan"] },
      { source: "a902_cambodia_vietnam", text: "King Norodom Sihamoni of Cambodia on Tuesday gave a farewell audience to Vu Quang Minh, Vietnam's ambassador to Cambodia, who is leaving the kingdom now that his term has ended.", people: ["Sihamoni", "Vu Quang Minh"] },
  ],
  "be-granted-audience": [
      { source: "x179_laos_cambodia_phnom_penh", text: "While in Phnom Penh, Saleumxay was granted a royal audience by His Majesty King Norodom Sihamoni.", context: "Lao Minister of Foreign Affairs Saleumxay Kommasith said during a working visit to Cambodia on 15 and 16 February.", people: ["Saleumxay", "Sihamoni"] },
      { source: "p308_bhutan_india", context: "The trip came five months after External Affairs Minister S. Jaishankar chose Bhutan for his own first journey abroad.", text: "There he was granted an audience with His Majesty King Jigme Khesar Namgyel Wangchuck, met Prime Minister Dr Lotay Tshering, and held talks with Lyonpo Tandi Dorji on matters of common interest.", people: ["Jaishankar", "Jigme Khesar Namgyel Wangchuck"] },
  ],
  "pair-agree": [
      { source: "c029_tunisia_libya", text: "Tunisia's Minister of Foreign Affairs, Migration and Tunisians Abroad, Mohamed Ali Nafti, and Al-Taher Al-Baour, who runs the foreign ministry of Libya's Government of National Unity, agreed on Monday in Tunis to settle outstanding problems and lift the restrictions that slow traffic at the crossing points between the two countries, in full respect of the law.", people: ["Nafti", "Al-Baour"] },
      { source: "d009_peru_ecuador", text: "Peru's Foreign Minister Ana Cecilia Gervasi and her Ecuadorian counterpart, Juan Carlos Holguín, agreed today that the 15th Peru-Ecuador Binational Cabinet, together with the Presidential Meeting that accompanies it, will be held in Peru in the coming months.", people: ["Gervasi", "Holguín"] },
      { source: "d005_dominican_haiti", text: "Dominican President Danilo Medina and his Haitian counterpart Michel Martelly agreed that each country would once again have an ambassador in the other's capital.", people: ["Medina", "Martelly"] },
  ],
  // The read sets' sentences with invented names, their shape kept (the articles are named in `source`).
  "pair-sign": [
      { source: "r714_jamaica_dominican_rep", context: "Veldian Foreign Minister Mira Kel arrived in Tarsk on Monday.", text: "In January 2020 Kel and the then Orvanian foreign minister, Aldo Telu, signed a memorandum on cooperation, investment and trade in Tarsk.", people: ["Kel", "Telu"] },
      { source: "q423_slovenia_thailand_fajon", context: "Veldian Foreign Minister Mira Kel is on a visit to Tarsk.", text: "Kel and her Orvanian counterpart, Aldo Telu, signed an agreement under which holders of diplomatic passports of either country will no longer need visas.", people: ["Kel", "Telu"] },
      { source: "q312_chile_brussels", context: "Veldia's Foreign Minister Varan Kel spent the day in Tarsk.", text: "Later in the morning, Kel signed a Working Holiday agreement with Orvania's Minister for Foreign and European Affairs, Aldo Telu.", people: ["Kel", "Telu"] },
  ],
  "pair-put-signature": [
      // made up, of the shape of heldout50 x532 ("put his name to a memorandum of understanding with India's External Affairs Minister, Dr S. Jaishankar")
      { source: "x532_put_name_with_madeup", text: "On the same sidelines, Chile's Foreign Minister, Dr Jon Telu, put his name to a memorandum of understanding with Peru's Foreign Minister, Dr Amos Varan.", people: ["Telu", "Varan"] },
      { source: "s119_samoa_nz_partnership", text: "Foreign Minister Varan Kel and Orvania's Prime Minister Aldo Telu put their signatures to a renewed Statement of Partnership in Tarsk this morning, setting out where the two countries will concentrate their cooperation.", people: ["Kel", "Telu"] },
      { source: "r614_uganda_rwanda", text: "The commission owes its existence to the pact that Presidents Varan Kel and Aldo Telu put their names to on August 21 in the Orvanian capital, on the margins of a summit.", people: ["Kel", "Telu"] },
  ],
  "be-signed": [
      { source: "c035_newzealand_samoa", text: "A renewed Statement of Partnership between New Zealand and Samoa was signed in Apia today by New Zealand's Foreign Minister Winston Peters and Samoa's Prime Minister Fiame Naomi Mata'afa, committing the two countries to close cooperation on climate change, human and economic development, and security.", people: ["Peters", "Fiame"] },
      { source: "https://www.horndiplomat.com/2022/02/06/somalia-rwanda-fms-sign-deal-to-boost-cooperation/", text: "The MoU was signed by Somalia Foreign Minister Abdisaid Muse Ali and his Rwandan counterpart Vincent Biruta, on the sidelines of the African Union Summit in Addis Ababa, on Saturday.", people: ["Abdisaid Muse Ali", "Biruta"] },
      // a reduced relative, no form of "be": heldout21 r821, heldout33 x251; a second participle of the trigger's own: heldout27 x115
      { source: "r821_solomons_vanuatu_border", text: "Officials went through the Motalava Treaty, the border treaty signed on the island in October 2016 by Prime Minister Manasseh Sogavare and Vanuatu's then Prime Minister, Charlot Salwai.", people: ["Sogavare", "Salwai"] },
      { source: "x251_srilanka_bangladesh", text: "- youth development, signed by Bangladesh's State Minister for Youth and Sports Zahid Ahsan Russell and Sri Lanka's State Minister Indika Anuruddha;", people: ["Russell", "Anuruddha"] },
      { source: "x115_senegal_india_naidu_dakar", text: "The documents were signed and exchanged by India's Minister of State for Health, Dr Bharati Pawar, and Senegal's Foreign Minister Aïssata Tall Sall.", people: ["Pawar", "Tall Sall"] },
  ],
  "host-meal": [
      { source: "https://www.thehindu.com/news/national/Obama-hosts-dinner-for-Modi/article60492303.ece", text: "Ahead of their Summit talks, US President Barack Obama on Monday hosted a private dinner for Prime Minister Narendra Modi as the two leaders sought to reinvigorate bilateral ties.", people: ["Obama", "Modi"] },
      { source: "http://www.rediff.com/news/report/dr-singh-to-host-private-dinner-for-wen-tomorrow/20101214.htm", text: "Ahead of their talks on key security and strategic issues on Thursday, Prime Minister Dr Manmohan Singh will host a private dinner for Chinese Premier Wen Jiabao after his arrival in New Delhi on Wednesday.", people: ["Singh", "Wen Jiabao"], status: "planned" },
      { source: "https://en.vietnamplus.vn/welcome-ceremony-held-for-new-zealand-prime-minister/243833.vnp", text: "Prime Minister Pham Minh Chinh on November 14 afternoon hosted a welcome ceremony for his New Zealand counterpart Jacinda Ardern who is on an official visit to Vietnam until November 17.", people: ["Pham Minh Chinh", "Ardern"] },
      // the one honoured: "in honour of X", "in X's honour"
      { source: "f205_india_nepal", context: "India's External Affairs Minister Dr. S. Jaishankar and Nepal's Foreign Minister Narayan Prakash Saud on Thursday co-chaired the seventh meeting of the India-Nepal Joint Commission in the Nepali capital.", text: "Saud is to host a dinner in honour of Jaishankar and his delegation on Thursday evening, the Nepali foreign ministry said.", people: ["Saud", "Jaishankar"], status: "planned" },
      { source: "e112_png_philippines", context: "President Rodrigo Duterte received Papua New Guinea Prime Minister Peter O'Neill at Malacanang Palace on Wednesday.", text: "Duterte was to host a state banquet in O'Neill's honour at the palace later on Wednesday evening.", people: ["Duterte", "O'Neill"], status: "planned" },
  ],
  "share-meal": [
      { source: "x168_png_newzealand", context: "Foreign Affairs Minister Justin Tkatchenko held talks with his New Zealand counterpart, Winston Peters, in Port Moresby.", text: "On Tuesday Peters is due to have breakfast with Opposition Leader Douglas Tomuriesa before calling on Prime Minister James Marape.", people: ["Peters", "Tomuriesa"], status: "planned" },
      { source: "r823_ireland_us_washington", context: "Irish Foreign Minister Simon Coveney was in Washington for the ministerial.", text: "Coveney also had lunch with the US Secretary of State, Mike Pompeo.", people: ["Coveney", "Pompeo"] },
      { source: "e105_newzealand_fiji", context: "New Zealand's Foreign Minister Winston Peters spent two days in Suva.", text: "And in an unscheduled addition to his programme, Peters shared an informal breakfast with Tuvalu's Prime Minister, Kausea Natano, who happened to be staying at the same hotel.", people: ["Peters", "Natano"] },
      { source: "f206_japan_vietnam", context: "Japanese Foreign Minister Toshimitsu Motegi arrived in Hanoi on 6 January.", text: "Before leaving for Thailand on 7 January, Minister Motegi is scheduled to meet Mr. Tran Tuan Anh, Minister of Industry and Trade, and to attend a dinner with representatives of Japanese companies.", people: ["Motegi", "representatives of Japanese companies"], status: "planned" },
  ],
  "contact-between": [
      { source: "c016_morocco_usa", text: "Talks between Moroccan Foreign Minister Nasser Bourita and US Secretary of State Antony Blinken took place in Rome on Monday, on the margins of a ministerial meeting of the International Anti-Daesh Coalition.", people: ["Bourita", "Blinken"] },
      { source: "002_340265fc767f1c51", text: "This was stated at an April 25 meeting between Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu and Chinese Vice Minister of Foreign Affairs Sun Weidong, reported the ministry’s press service.", people: ["Nurtleu", "Sun Weidong"] },
      // its "of" phrase: two people at least
      { source: "h001_kazakhstan_russia_envoy", text: "Both countries, she added, are looking forward to the meeting of Presidents Nursultan Nazarbayev and Vladimir Putin that is expected in May.", people: ["Nazarbayev", "Putin"], status: "planned" },
      { source: "c054_fidan_moscow_relative_dates", text: "ANKARA - Turkish Foreign Minister Hakan Fidan ended a two-day working visit to Moscow on Friday after talks that both sides presented as groundwork for an upcoming meeting between President Recep Tayyip Erdogan and Russian President Vladimir Putin.", people: ["Erdogan", "Putin"], status: "planned" },
  ],
  "bring-together": [
      { source: "q404_botswana_southafrica_bnc", text: "Talks on the day brought together the Minister of International Relations and Cooperation, Dr Naledi Pandor, and her Botswana counterpart, Dr Lemogang Kwape, Minister of International Affairs and Cooperation.", people: ["Pandor", "Kwape"] },
      { source: "c059_kishida_interview_lavrov", text: "Besides Kishida and Lavrov, the consultations will bring together Japanese Defence Minister Tomomi Inada and Russian Defence Minister Sergei Shoigu.", people: ["Inada", "Shoigu"], status: "planned" },
  ],
  // the host who invites a visitor receives them, held or planned as the visit is
  "at-invitation": [
      { source: "r919_vietnam_greece_vicepresident", text: "Athens (VNA) – Vietnamese Vice President Vo Thi Anh Xuan has completed an official visit to Greece, made from October 31 to November 2 at the invitation of the Greek President, Katerina Sakellaropoulou.", people: ["Xuan", "Sakellaropoulou"] },
      { source: "l111_uzbekistan_dominican", text: "The meeting took place ahead of the official visit of the President of Serbia, Aleksandar Vučić, who will be in Uzbekistan from 28 to 31 October at the invitation of President Shavkat Mirziyoyev.", people: ["Vučić", "Mirziyoyev"], status: "planned" },
      { source: "r703_algeria_nigeria", context: "At 11am, Boukadoum will be received in audience at the ministry's headquarters in Abuja by the Minister of Foreign Affairs, Geoffrey Onyeama.", text: "In January 2018, Onyeama spent three days in Algiers at the invitation of Abdelkader Messahel, then Algeria's foreign minister.", people: ["Onyeama", "Messahel"] },
  ],
  // a side put first in a sentence that names the one who met them as its subject
  "fronted-with": [
      { source: "k109_egypt_sisi_au_kigali", text: "With Sudan's Omar al-Bashir, Sisi dwelt on the historic bonds between the two Nile neighbours and on the room for cooperation in many sectors.", context: "Egyptian President Abdel Fattah al-Sisi used Sunday, 17 July 2016, the main day of the 27th African Union summit in Kigali, for a series of one-to-one meetings with fellow heads of state, the state news agency MENA reported.", people: ["al-Bashir", "Sisi"] },
      { source: "x247_eu_borrell_antalya", context: "Josep Borrell, the EU's High Representative for Foreign Affairs and Security Policy and Vice-President of the European Commission, wrapped up on Friday, 18 June, a two-day stay in Antalya.", text: "With President Stevo Pendarovski of North Macedonia, Borrell discussed what comes next on the country's path towards the Union.", people: ["Pendarovski", "Borrell"] },
      // (a pronoun, a description or the contact itself as the subject: the one the article is about, who holds the round of meetings)
      { source: "x326_italy_moavero_nato_sidelines", context: "Moavero Milanesi's round of bilateral meetings in Brussels. On the margins of the NATO foreign ministers' meeting held in Brussels yesterday and today, 4 and 5 December, Italy's Minister of Foreign Affairs and International Cooperation, Enzo Moavero Milanesi, held a string of bilateral talks with fellow ministers.", text: "With George Katrougalos, Greece's Deputy Foreign Minister, the talks focused on the political situation in the Mediterranean and in the Balkans.", people: ["Katrougalos", "Moavero Milanesi"] },
      { source: "x326_italy_moavero_nato_sidelines", context: "Moavero Milanesi's round of bilateral meetings in Brussels. On the margins of the NATO foreign ministers' meeting held in Brussels yesterday and today, 4 and 5 December, Italy's Minister of Foreign Affairs and International Cooperation, Enzo Moavero Milanesi, held a string of bilateral talks with fellow ministers.", text: "With Turkish Foreign Minister Mevlüt Çavuşoğlu he went over questions concerning the Mediterranean, Libya, Syria and Iraq.", people: ["Çavuşoğlu", "Moavero Milanesi"] },
      { source: "x229_kazakhstan_unga_sidelines", context: "ASTANA - Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu used the high-level week of the 79th session of the UN General Assembly in New York for a long series of talks with foreign counterparts, the ministry's press service reported.", text: "With Singapore's Minister for Foreign Affairs, Vivian Balakrishnan, Nurtleu stressed that the instructions issued after the Kazakh President's state visit to Singapore in May should be carried out properly and on time.", people: ["Balakrishnan", "Nurtleu"] },
      // (a portfolio of several words set off by commas before the name)
      { source: "x631_brazil_favaro_washington", context: "Agriculture and Livestock Minister Carlos Fávaro has wrapped up a round of meetings in Washington, D.C., where he went looking for technical partners and funding for the sustainable-farming programmes his ministry (Mapa) is building, the ministry said.", text: "With Denmark's Minister of Food, Agriculture and Fisheries, Jacob Jensen, he discussed possible Danish financing for those programmes.", people: ["Jensen", "Fávaro"] },
  ],
  // the next of the principal's round of meetings: "it was the turn of Y"
  "turn-of": [
      { source: "f202_maldives_srilanka", context: "Maldivian Foreign Minister Moosa Zameer wrapped up the official part of his visit to Sri Lanka today after separate calls on the country's leaders.", text: "This morning it was the turn of Prime Minister Gunawardena.", people: ["Zameer", "Gunawardena"] },
      { source: "x501_mexico_g20_sidelines", context: "RIO DE JANEIRO - President Claudia Sheinbaum made her debut on the world stage on Monday with a run of one-on-one meetings on the margins of the Group of 20 leaders' summit.", text: "A few minutes later it was the turn of U.S. President Joe Biden.", people: ["Sheinbaum", "Biden"] },
  ],
  // the owner of "first guest", "last visitor" received the one named after the copula
  "owned-guest": [
      { source: "x246_southkorea_peru_honduras", context: "South Korea's Foreign Minister Cho Tae-yul sat down on Sunday with two Latin American counterparts in Seoul, one day before a regional cooperation forum brings ministers from across the region to the capital.", text: "Cho's first guest was Peruvian Foreign Minister Javier Gonzalez-Olaechea Franco.", people: ["Cho", "Gonzalez-Olaechea"] },
      { source: "s105_cameroon_audiences", context: "The Minister of External Relations, Lejeune Mbella Mbella, received three visitors in separate audiences in Yaounde last Friday.", text: "The minister's last visitor was the Resident Coordinator of the United Nations System in Cameroon, Allegra Maria Del Pilar Baiocchi.", people: ["Mbella", "Baiocchi"] },
  ],
  "tour-together": [
      { source: "964_korea_uae_barakah", text: "ABU DHABI, Jan. 16 (Korea Wire) -- President Yoon Suk Yeol toured the Barakah nuclear power plant in the Al Dhafra region of Abu Dhabi on Monday together with United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan, calling the Korean-built facility a symbol of the \"special strategic partnership\" between the two countries.", people: ["Yoon", "Mohamed"] },
      { source: "847_korea_netherlands_chip_alliance", text: "President Yoon Suk Yeol on Tuesday pledged all necessary government support for semiconductor cooperation between South Korea and the Netherlands, as he visited the headquarters of Dutch chipmaking equipment maker ASML together with King Willem-Alexander.", people: ["Yoon", "Willem-Alexander"] },
  ],
  "contact-with": [
      // made up, of the shape of heldout50 x532 ("used her session with Modi to tell him …"; "the session with Dr X went on for nearly an hour", "a working session with Y" in other read articles)
      { source: "x532_session_with_madeup", context: "LIMA, Nov 21 - Prime Minister Amos Varan spent Wednesday in one bilateral meeting after another.", text: "Chile's Prime Minister Jon Telu used her session with Varan to tell him of a new award.", people: ["Telu", "Varan"] },
      // ("his conversations with Y": the one the article is about makes the contact, where the sentence names no one else who does)
      { source: "x326_italy_moavero_nato_sidelines", context: "Moavero Milanesi's round of bilateral meetings in Brussels. On the margins of the NATO foreign ministers' meeting held in Brussels yesterday and today, 4 and 5 December, Italy's Minister of Foreign Affairs and International Cooperation, Enzo Moavero Milanesi, held a string of bilateral talks with fellow ministers.", text: "Security in the Balkans was the subject of his conversations with Bulgaria's Foreign Minister Ekaterina Zaharieva and with Croatia's Foreign Minister Marija Pejčinović Burić.", people: ["Moavero Milanesi", "Zaharieva"] },
      { source: "r524_tajikistan_samarkand_sidelines", context: "DUSHANBE, April 14, 2023 – Tajik Foreign Minister Sirojiddin Muhriddin used the fourth ministerial meeting of Afghanistan's neighbouring states, held in the Uzbek city of Samarkand on Thursday, to hold a series of one-on-one meetings with the other delegations taking part.", text: "His talks with Kazakhstan's foreign minister, Murat Nurtleu, dealt with a number of current questions in Tajik-Kazakh cooperation, the Tajik MFA information department said.", people: ["Muhriddin", "Nurtleu"] },
      { source: "c003_canada_mexico", text: "MEXICO CITY/TORONTO, Aug 5 (Reuters) - Canada's foreign and finance ministers held what Foreign Minister Anita Anand described as a \"productive\" meeting with Mexican President Claudia Sheinbaum and several of her senior officials in Mexico City on Tuesday.", people: ["Anand", "Sheinbaum"] },
      // a pair as the subject of the verb that takes the contact noun as object
      { source: "m013_costarica_panama_chaves", text: "Costa Rican President Rodrigo Chaves and his Panamanian counterpart José Raúl Mulino began official talks this Friday at the Palacio de las Garzas, the seat of the Panamanian executive, in the first official visit by a foreign head of state since Mulino took office on July 1.", people: ["Chaves", "Mulino"] },
      // an appointment of a visit's programme owned by the visitor ("His first appointment … was with Y")
      { source: "r616_zimbabwe_turkey", context: "Foreign Minister Mevlüt Çavuşoğlu went on with his tour of Africa in January 2023, stopping in Harare, the capital of the Republic of Zimbabwe.", text: "His first appointment in the city was with Frederick Shava, Zimbabwe's Minister of Foreign Affairs and International Trade.", people: ["Çavuşoğlu", "Shava"] },
      { source: "r510_germany_guatemala", context: "Germany's Minister of State at the Federal Foreign Office, Dr. Tobias Lindner, ended a two-day round of political talks in Guatemala City on Tuesday.", text: "His first appointment in the Guatemalan capital was with Vice Minister of Foreign Affairs María Luisa Ramírez.", people: ["Lindner", "Ramírez"] },
      { source: "c042_solomonislands_papuanewguinea", text: "Solomon Islands' Minister of Foreign Affairs and External Trade, Hon. Jeremiah Manele, sat down for bilateral talks with Papua New Guinea's Deputy Prime Minister, Hon. John Rosso, in Honiara on Wednesday 30th August, in what proved a productive exchange.", people: ["Manele", "Rosso"] },
  ],
};
