import { type Rewrite, rw } from "./types";

/**
 * Whole English questions as a foreigner or a young person types them (issue 13, "English"): the
 * question frames English puts first ("how will…", "what is the score for…", "which division…"),
 * and the everyday English for the plan's survey items and measures ("outsiders", "treated
 * equally", "lending out equipment", "penalty"). `english.ts` holds the plan's own nouns and the
 * question words; this file the way people retell them. Listed after it, so where both list one
 * phrase this reading wins.
 */
export const ENGLISH_LAY: readonly Rewrite[] = [
  // question frames that open an English question: "how will X" asks how, but must not end the
  // question before X the way a Thai อย่างไร at the end does
  rw("วิธี", "how will", "how would", "how do", "how does", "how can", "how should", "how is the sao going to", "how are they going to", "how is it going to", "in what way", "what steps will", "what measures will"),
  rw("ทำอะไร", "what will", "what would", "what does the sao do", "what is the sao doing", "what are they doing", "what is being done", "what will be done", "what is the sao going to do", "what are the plans", "what plans"),
  rw("ผลการประเมิน", "how did", "how well did", "how did we do", "how did it go", "how well", "how did the sao do", "how did the sao perform", "perform", "performed", "performance", "did in", "do in"),
  rw("คะแนน", "percent", "percentage", "per cent", "what is the score", "what's the score", "what was the score", "what score", "what scores", "the score for", "score for", "the score of", "score of", "what mark", "how many points", "what number", "the number"),
  rw("คะแนนรวม", "overall score", "overall number", "overall result", "total score", "final score", "overall figure", "headline score", "overall mark"),
  rw("ระดับ", "overall rating", "what rating", "what grade", "what level"),
  rw("อันดับ 2", "second", "2nd"),
  rw("อันดับ 3", "third", "3rd"),
  rw("ต่ำสุด อันดับ 2", "second to last", "second from last", "second from the bottom", "second from bottom", "next to last", "penultimate", "second lowest", "second-lowest", "second worst", "2nd lowest"),
  rw("ต่ำสุด อันดับ 3", "third lowest", "third-lowest", "third worst", "3rd lowest"),
  rw("สรุป", "summarise", "summarize", "summarised", "summarized", "summary", "sum up", "in short", "briefly", "brief", "short", "overview", "in a nutshell", "in simple words", "simply"),
  // the asker will pass the answer on: a frame, not a topic ("summarise the score so I can tell the villagers")
  rw("สรุป", ...["so i can tell", "so that i can tell", "for me to tell", "i want to tell", "i will tell", "i'll tell", "so i can explain to", "so i can share with", "to pass on to", "so i can pass on to", "to share with", "to explain to"].flatMap((tell) => ["the villagers", "villagers", "people", "everyone", "the village", "my village", "my neighbours", "my neighbors", "the community", "the public", "the village meeting", "my family"].map((whom) => `${tell} ${whom}`))),
  rw("วิเคราะห์", "analyse", "analyze", "analyses", "analyzes", "analysed", "analyzed", "analysis", "examine", "examines", "look at", "looks at", "cover", "covers", "deal with", "deals with"),
  rw("ทุกข้อ", "on every item", "on all items", "on all its items", "in every item", "every item", "all items", "all its items", "all their items", "every question", "all questions", "on every question", "on all questions", "every indicator", "all indicators", "across the board", "no item below"),
  rw("ได้ 100 ทุกข้อ", ...["100", "a 100", "full marks", "full score", "a full score", "perfect scores", "a perfect score", "perfect marks", "top marks", "a perfect 100"].flatMap((mark) => ["in", "on", "for", "across"].flatMap((on) => ["all items", "every item", "all questions", "every question", "all indicators", "every indicator", "all of them", "all their items", "all its items", "each item"].map((all) => `${mark} ${on} ${all}`)))),
  rw("ได้ 100", "score 100", "scores 100", "score of 100", "scoring 100", "at 100", "scored 100", "got 100", "a score of 100", "with 100", "with a 100"),
  rw("ไม่ถึง 100", "did not reach 100", "didn't reach 100", "not reach 100", "below 100", "less than 100", "under 100", "not 100", "short of 100", "lower than 100"),
  rw("ได้เต็มทุกข้อ", "where nothing failed", "with nothing failed", "where no item failed", "with no failed items", "without any failed item", "without a failed item", "nothing failed", "none failed", "no item failed", "no items failed", "no failed items", "all passed", "everything passed", "were perfect", "was perfect", "perfect", "flawless"),
  rw("รายการ", "list the", "list all the", "list all", "list of", "show me the", "show me", "give me a list of", "give me the list of"),
  rw("ทุก", "every", "each"),
  // who does it
  rw("รับผิดชอบ", "accountable", "accountable for", "answerable", "answerable for", "looks after", "look after", "looking after", "take care of", "takes care of", "taking care of", "manage", "manages", "managed by", "oversee", "oversees", "overseen by", "run by", "runs", "lead", "leads", "led by", "responsible for"),
  rw("หน่วยงาน ไหน", "which section", "what section", "which team", "what team", "what division", "what department", "what office", "which part of the sao"),
  // survey items retold
  rw("ผู้มาติดต่อ", "visitors", "visitor", "outsiders", "outsider", "people who come", "those who come", "people who visit", "service users", "members of the public who come", "the public who come", "customers"),
  rw("เจ้าหน้าที่", "insiders", "insider", "staff members", "workers", "the people working", "people working", "people who work"),
  rw("เท่าเทียม", "equally", "equal", "equality", "fairly", "fair", "fairness", "the same way", "without favour", "without favor", "impartial", "impartially"),
  rw("เลือกปฏิบัติ", "discriminate", "discrimination", "favouritism", "favoritism", "play favourites", "play favorites"),
  rw("ปฏิบัติ", "treating", "treat", "treats", "treated", "treatment", "serve", "served", "serving"),
  rw("ตามขั้นตอน", "in order", "in turn", "first come first served", "queue", "by the steps", "follow the steps", "following the steps", "proper procedure"),
  rw("ระยะเวลาที่กำหนด", "on time", "in time", "without delay", "promptly", "timely", "on schedule"),
  rw("สินบน", "asking for favours", "asking for favors", "ask for favours", "ask for favors", "favours", "favors", "tea money", "under the table", "something in return", "gifts in return", "extra money"),
  rw("ผู้บังคับบัญชา สั่ง", "ordering", "ordered", "order staff", "orders staff", "make staff", "makes staff", "made staff", "tell staff to", "tells staff to", "told staff to", "instruct", "instructs", "instructed"),
  rw("ทุจริต", "something illegal", "illegal", "wrongdoing", "something wrong", "dishonest", "crooked"),
  rw("เชื่อมั่น", "trust", "trusts", "confident", "confidence", "believe", "believes", "faith"),
  rw("ร้องเรียน ทุจริต", "reporting corruption", "report corruption", "reports of corruption", "whistleblowing", "whistleblower", "whistle-blowing", "blow the whistle"),
  rw("จัดการ", "acted on", "acted upon", "dealt with", "taken seriously", "followed up", "handled properly", "be handled"),
  rw("ตอบสนอง", "responsive", "respond to", "responds to", "what people need", "people's needs", "citizens' needs", "listen to", "listens to", "feedback"),
  // measures retold
  rw("ออนไลน์", "instead of coming", "instead of going", "instead of visiting", "instead of coming to the office", "instead of going to the office", "internet", "app", "mobile", "smartphone", "without going", "without visiting", "don't need to go", "do not need to go", "don't have to go", "no need to go", "without coming", "from home"),
  rw("ประชาสัมพันธ์", "communicated", "communicate to", "conveyed", "passed on", "shared with", "circulated", "announced to", "informed", "be told", "told", "kept informed", "notified", "notify", "updated", "let know", "get the news", "hear about", "find out", "learn about", "learn of"),
  rw("การดำเนินงาน", "what the sao is doing", "what the sao does", "what it is doing", "what they are doing", "its work", "the sao's work"),
  rw("สองทาง", "two-way", "two way", "q&a", "q & a", "question and answer", "questions and answers"),
  rw("ทรัพย์สินของราชการ", "public equipment", "government equipment", "sao equipment", "government things", "government items", "public things", "state assets", "office equipment", "government vehicles", "government car", "official car", "government cars"),
  rw("ยืม", "lending out", "lend out", "lends out", "borrowed", "lent"),
  rw("โปร่งใส", "more transparent", "more transparency", "clean", "cleaner", "above board", "open and fair"),
  rw("ลงโทษ", "penalty", "penalties", "punishment", "punish", "punished", "disciplinary", "discipline", "sanction", "sanctions", "consequences"),
  rw("ฝ่าฝืน", "breaks the rules", "break the rules", "broke the rules", "breaks", "break", "violate", "violates", "violation", "does wrong", "do wrong", "did wrong"),
  rw("อบรม", "trained", "be trained", "get trained", "receive training", "taught", "be taught", "courses", "course"),
  rw("จัดการ", "handling", "handle complaints", "complaint handling"),
  rw("ปฏิบัติงาน", "doing their job", "do their job", "doing the job", "do the job", "doing a job", "doing their work", "their job", "their work", "the job", "a job", "job", "work", "works", "working"),
  rw("ส่วนตัว", "privately", "in private", "for private use", "for themselves", "for himself", "for herself", "for their own use", "for own use", "for private purposes", "private purposes", "personal purposes"),
  rw("ดุลยพินิจ", "discretion", "personal judgement", "personal judgment", "arbitrary", "arbitrarily", "personal feelings"),
  rw("iit", ...["staff survey", "internal survey", "insider survey", "survey of staff", "survey for staff", "questions for staff", "items for staff", "questions asked of staff", "questions for insiders"]),
  rw("eit", ...["public survey", "external survey", "citizen survey", "survey of the public", "survey for the public", "questions for the public", "questions for outsiders", "questions for citizens", "questions asked of the public"]),
  // a named officer is a person, whom a plan never names
  rw("เจ้าหน้าที่คนไหน", "procurement officer", "finance officer", "supplies officer", "the officer", "which officer", "which official", "which staff member", "whose name"),
  rw("อะไร", "wat", "wut", "wht", "whta"),
  rw("อะไร คือ", "whats", "wats", "wat's"),
  rw("หน่วยงาน", "dept", "dept.", "depts", "dep"),
  rw("ทรัพย์สินของราชการ", "govt property", "gov property", "gov't property", "government's property", "govt assets", "govt things", "govt equipment"),
  rw("ราชการ", "govt", "gov", "gov't"),
  rw("สื่อสาร", "communication", "communications", "communicating"),
  rw("ประเมิน", "assessed", "evaluated", "rated", "measured", "graded"),
  rw("ทำอะไร", "planning to do", "plan to do", "plans to do", "going to do", "intend to do", "intends to do", "planning for", "plans for"),
  rw("เป็นระยะ", "regularly", "periodically", "from time to time", "routinely", "every so often", "how often"),
  rw("ช่องทาง สองทาง", "ask questions to", "ask the sao questions", "ask questions", "ask a question", "asking questions", "send questions", "submit questions", "get answers", "get an answer"),
  rw("ประชาชน", "village", "villages", "community", "communities", "residents", "locals", "the locals"),
  rw("สรุป", ...["for", "to"].flatMap((f) => ["our village", "my village", "the village", "the villagers", "villagers", "the community", "our community", "my community", "my mum", "my mom", "my parents", "my family", "the village meeting"].map((whom) => `${f} ${whom}`))),
  rw("ติดต่อ", "contact", "contacts", "reach the sao", "get in touch", "get in touch with"),
  rw("กำชับ", "make sure", "makes sure", "ensure", "ensures", "insist", "insists"),
  rw("ถือปฏิบัติ", "follow", "follows", "comply with", "complies with", "obey", "obeys", "adhere to", "stick to"),
  rw("ตอบสนอง", "responding", "respond", "responds", "response", "responsiveness"),
  // "when is/does…" opens an English question: it asks a time, and must not end the question there
  rw("ช่วงเวลา", "when is", "when are", "when will", "when does", "when do", "when would"),
  rw("ปีหน้า", "next ita", "the next ita", "next assessment", "the next assessment", "next round", "the next round", "upcoming assessment", "the upcoming assessment"),
  rw("ตามแผน", "according to the plan", "under the plan", "by the plan", "as planned", "in the plan"),
  // a relative "who" names people, it does not ask who ("officials who break the rules")
  rw("เจ้าหน้าที่ ที่", "officials who", "staff who", "officers who", "employees who", "an official who", "a staff member who", "staff members who", "civil servants who"),
  rw("ผู้ ที่", "someone who", "anyone who", "those who", "whoever", "a person who", "persons who"),
  rw("กรณี", "what happens to", "what happens if", "what happens when", "in case", "in the event"),
  rw("ทราบ", "learn", "learns", "know about", "aware"),
  rw("ล่าสุด", "last time", "the last time", "previous time", "last", "the last", "its last", "previous", "past", "most recent round", "last round"),
  rw("อบต", "subdistrict", "sub-district", "sub district", "tambon", "local government", "municipality office"),
];
