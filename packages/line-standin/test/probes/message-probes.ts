/**
 * Probes of message objects: one rule each, on both sides of every limit. Written from LINE's
 * reference (https://developers.line.biz/en/reference/messaging-api/#message-objects) and its
 * counting page (https://developers.line.biz/en/docs/messaging-api/text-character-count/).
 */
import {
  accepts,
  bubble,
  bubbleOfBytes,
  box,
  buttonsTemplate,
  carouselOfBytes,
  flex,
  flexBody,
  flexButton,
  flexText,
  messageAction,
  pair,
  postback,
  refuses,
  send,
  template,
  text,
  thaiClusters,
  withQuickReply,
  type Json,
  type Probe,
} from "./probe-kit";

const IMAGE = "https://example.com/photo.jpg";
const image = (url: string, extra: Json = {}): Json => ({ type: "image", originalContentUrl: url, previewImageUrl: IMAGE, ...extra });
const qrLabel = "messages[0].quickReply.items[0].action";
const inBody = "messages[0].contents.body.contents[0]";
const flexImage = (extra: Json = {}): Json => ({ type: "image", url: IMAGE, ...extra });
const uriAction = (uri: string): Json => ({ type: "uri", label: "เปิดเว็บ", uri });
const picker = (extra: Json): Json => ({ type: "datetimepicker", label: "เลือกวัน", data: "a=pick", mode: "date", ...extra });
const confirm = (textValue: string, actions: unknown[] = [messageAction("ใช่"), messageAction("ไม่ใช่")]): Json => template({ type: "confirm", text: textValue, actions });
const column = (extra: Json = {}): Json => ({ text: "ข่าวประชาสัมพันธ์", actions: [messageAction("อ่านต่อ")], ...extra });
const carouselTemplate = (columns: unknown[]): Json => template({ type: "carousel", columns });
const imageColumn = (extra: Json = {}): Json => ({ imageUrl: IMAGE, action: messageAction("ดูรูป"), ...extra });
const heroBubble = (hero: Json, extra: Json = {}): Json => send(flex(bubble({ hero, ...extra })));
const video = { type: "video", url: "https://example.com/v.mp4", previewUrl: IMAGE, altContent: flexImage() };

const messagesAndText: Probe[] = [
  ...pair("1 to 5 messages per request", send(...Array.from({ length: 5 }, () => text("ก"))), send(...Array.from({ length: 6 }, () => text("ก"))), "messages"),
  refuses("no messages is no request", send(), "messages"),
  ...pair("text: at most 5000 UTF-16 code units", send(text("ก".repeat(5000))), send(text("ก".repeat(5001))), "messages[0].text"),
  ...pair("text: an emoji is two UTF-16 code units", send(text("😀".repeat(2500))), send(text("😀".repeat(2500) + "ก")), "messages[0].text"),
  refuses("text: may not be empty", send(text("")), "messages[0].text"),
  refuses("text: required", send({ type: "text" }), "messages[0].text"),
  ...pair(
    "text: at most 20 LINE emoji",
    send(text("$".repeat(20), { emojis: Array.from({ length: 20 }, (_, index) => ({ index, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" })) })),
    send(text("$".repeat(21), { emojis: Array.from({ length: 21 }, (_, index) => ({ index, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" })) })),
    "messages[0].emojis",
  ),
  accepts("textV2 messages", send({ type: "textV2", text: "สวัสดีค่ะ" })),
  accepts("textV2 with a mention and an emoji", send({ type: "textV2", text: "{all} ประกาศ {smile}", substitution: { all: { type: "mention", mentionee: { type: "all" } }, smile: { type: "emoji", productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" } } })),
  refuses("textV2: a mention needs its mentionee", send({ type: "textV2", text: "{u}", substitution: { u: { type: "mention" } } }), "messages[0].substitution.u.mentionee"),
  ...pair("textV2: at most 5000 UTF-16 code units", send({ type: "textV2", text: "ก".repeat(5000) }), send({ type: "textV2", text: "ก".repeat(5001) }), "messages[0].text"),
  refuses("unknown message types are refused", send({ type: "file", text: "x" }), "messages[0].type"),
  refuses("a message needs a type", send({ text: "x" }), "messages[0].type"),
  ...pair("sticker: packageId and stickerId required", send({ type: "sticker", packageId: "446", stickerId: "1988" }), send({ type: "sticker", packageId: "446" }), "messages[0].stickerId"),
  ...pair(
    "location: title at most 100",
    send({ type: "location", title: "ก".repeat(100), address: "สันป่าตอง", latitude: 18.6, longitude: 98.9 }),
    send({ type: "location", title: "ก".repeat(101), address: "สันป่าตอง", latitude: 18.6, longitude: 98.9 }),
    "messages[0].title",
  ),
  refuses("location: address may not be empty", send({ type: "location", title: "ตำแหน่ง", address: "", latitude: 18.6, longitude: 98.9 }), "messages[0].address"),
  refuses("location: address required", send({ type: "location", title: "ตำแหน่ง", latitude: 18.6, longitude: 98.9 }), "messages[0].address"),
  ...pair("altText: at most 1500", send(flex(bubble(), "ก".repeat(1500))), send(flex(bubble(), "ก".repeat(1501))), "messages[0].altText"),
  refuses("altText: may not be empty", send(flex(bubble(), "")), "messages[0].altText"),
  refuses("altText: required", send({ type: "flex", contents: bubble() }), "messages[0].altText"),
  ...pair("sender: name at most 20", send(text("ก", { sender: { name: "ก".repeat(20) } })), send(text("ก", { sender: { name: "ก".repeat(21) } })), "messages[0].sender.name"),
  refuses("sender: icon over HTTPS", send(text("ก", { sender: { iconUrl: "http://example.com/i.png" } })), "messages[0].sender.iconUrl"),
];

const urls: Probe[] = [
  ...pair("image URLs are HTTPS", send(image(IMAGE)), send(image("http://example.com/photo.jpg")), "messages[0].originalContentUrl"),
  accepts("an upper-case HTTPS:// scheme is HTTPS", send(image("HTTPS://EXAMPLE.COM/photo.jpg"))),
  ...pair(
    "URLs are percent-encoded: no raw Thai",
    send(image("https://example.com/%E0%B8%A0%E0%B8%B2%E0%B8%9E.jpg")),
    send(image("https://example.com/ภาพ.jpg")),
    "messages[0].originalContentUrl",
  ),
  refuses("URLs are percent-encoded: no raw space", send(image("https://example.com/my photo.jpg")), "messages[0].originalContentUrl"),
  ...pair(
    "image URLs at most 2000 characters",
    send(image(`https://example.com/${"a".repeat(2000 - 20)}`)),
    send(image(`https://example.com/${"a".repeat(2001 - 20)}`)),
    "messages[0].originalContentUrl",
  ),
  refuses("image: previewImageUrl required", send({ type: "image", originalContentUrl: IMAGE }), "messages[0].previewImageUrl"),
  refuses("Flex image URLs are HTTPS", flexBody(flexImage({ url: "http://example.com/a.png" })), `${inBody}.url`),
  refuses("quick reply icons are HTTPS", send(text("ก", { quickReply: { items: [{ type: "action", imageUrl: "http://example.com/i.png", action: messageAction("ก") }] } })), "messages[0].quickReply.items[0].imageUrl"),
  ...pair("URI action: http is allowed", withQuickReply(uriAction("http://example.com")), withQuickReply(uriAction("ftp://example.com/file")), `${qrLabel}.uri`),
  accepts("URI action: tel and line schemes", withQuickReply(uriAction("tel:053000000"), uriAction("line://nv/location"), uriAction("HTTPS://example.com"))),
  ...pair(
    "URI action: at most 1000 characters",
    withQuickReply(uriAction(`https://example.com/${"a".repeat(1000 - 20)}`)),
    withQuickReply(uriAction(`https://example.com/${"a".repeat(1001 - 20)}`)),
    `${qrLabel}.uri`,
  ),
  refuses("URI action: percent-encoded", withQuickReply(uriAction("https://example.com/ข่าว")), `${qrLabel}.uri`),
];

const counting: Probe[] = [
  ...pair(
    "quick reply label: 20 grapheme clusters, however many UTF-16 units",
    withQuickReply(messageAction(thaiClusters(20))),
    withQuickReply(messageAction(thaiClusters(21))),
    `${qrLabel}.label`,
  ),
  accepts("quick reply label: a Thai word of 20 clusters and 26 UTF-16 units", withQuickReply(messageAction("กองสาธารณสุขและสิ่งแ" + "วด"))),
  ...pair("template action label: 20 grapheme clusters", template(buttonsTemplate({ actions: [messageAction(thaiClusters(20))] })), template(buttonsTemplate({ actions: [messageAction(thaiClusters(21))] })), "messages[0].template.actions[0].label"),
  ...pair(
    "Flex button label: 40 grapheme clusters",
    flexBody(flexButton(postback({ label: thaiClusters(40) }))),
    flexBody(flexButton(postback({ label: thaiClusters(41) }))),
    `${inBody}.action.label`,
  ),
  ...pair(
    "image carousel label: 12 grapheme clusters",
    template({ type: "image_carousel", columns: [imageColumn({ action: messageAction(thaiClusters(12)) })] }),
    template({ type: "image_carousel", columns: [imageColumn({ action: messageAction(thaiClusters(13)) })] }),
    "messages[0].template.columns[0].action.label",
  ),
  ...pair(
    "postback displayText: 300 grapheme clusters",
    withQuickReply(postback({ displayText: thaiClusters(300) })),
    withQuickReply(postback({ displayText: thaiClusters(301) })),
    `${qrLabel}.displayText`,
  ),
  ...pair(
    "postback fillInText: 300 grapheme clusters",
    withQuickReply(postback({ displayText: "ส่ง", inputOption: "openKeyboard", fillInText: thaiClusters(300) })),
    withQuickReply(postback({ displayText: "ส่ง", inputOption: "openKeyboard", fillInText: thaiClusters(301) })),
    `${qrLabel}.fillInText`,
  ),
  ...pair("message action text: 300 grapheme clusters", withQuickReply(messageAction("ถาม", thaiClusters(300))), withQuickReply(messageAction("ถาม", thaiClusters(301))), `${qrLabel}.text`),
  ...pair("postback data: 300 UTF-16 code units", withQuickReply(postback({ displayText: "ส่ง", data: "d".repeat(300) })), withQuickReply(postback({ displayText: "ส่ง", data: "d".repeat(301) })), `${qrLabel}.data`),
  ...pair("buttons template text: 160 clusters without a title or image", template(buttonsTemplate({ text: thaiClusters(160) })), template(buttonsTemplate({ text: thaiClusters(161) })), "messages[0].template.text"),
  ...pair("buttons template text: 60 clusters with a title", template(buttonsTemplate({ title: "เมนู", text: thaiClusters(60) })), template(buttonsTemplate({ title: "เมนู", text: thaiClusters(61) })), "messages[0].template.text"),
  ...pair("buttons template text: 60 clusters with an image", template(buttonsTemplate({ thumbnailImageUrl: IMAGE, text: thaiClusters(60) })), template(buttonsTemplate({ thumbnailImageUrl: IMAGE, text: thaiClusters(61) })), "messages[0].template.text"),
  ...pair("buttons template title: 40 clusters", template(buttonsTemplate({ title: thaiClusters(40), text: "ก" })), template(buttonsTemplate({ title: thaiClusters(41), text: "ก" })), "messages[0].template.title"),
  ...pair("confirm template text: 240 clusters", confirm(thaiClusters(240)), confirm(thaiClusters(241)), "messages[0].template.text"),
  ...pair("carousel column text: 120 clusters without a title or image", carouselTemplate([column({ text: thaiClusters(120) })]), carouselTemplate([column({ text: thaiClusters(121) })]), "messages[0].template.columns[0].text"),
  ...pair("carousel column text: 60 clusters with a title", carouselTemplate([column({ title: "ข่าว", text: thaiClusters(60) })]), carouselTemplate([column({ title: "ข่าว", text: thaiClusters(61) })]), "messages[0].template.columns[0].text"),
];

const quickReplies: Probe[] = [
  ...pair("quick reply: at most 13 buttons", withQuickReply(...Array.from({ length: 13 }, (_, i) => messageAction(`ข้อ ${i}`))), withQuickReply(...Array.from({ length: 14 }, (_, i) => messageAction(`ข้อ ${i}`))), "messages[0].quickReply.items"),
  ...pair("quick reply: every action needs a label", withQuickReply(messageAction("ถาม")), withQuickReply({ type: "message", text: "ถาม" }), `${qrLabel}.label`),
  refuses("quick reply: a label may not be empty", withQuickReply(messageAction("")), `${qrLabel}.label`),
  ...pair("quick reply: a postback needs displayText", withQuickReply(postback({ displayText: "ส่งเรื่อง" })), withQuickReply(postback()), `${qrLabel}.displayText`),
  refuses("quick reply: a postback cannot use text", withQuickReply(postback({ displayText: "ส่ง", text: "ส่ง" })), `${qrLabel}.text`),
  ...pair(
    "quick reply: buttons are of type action",
    send(text("ก", { quickReply: { items: [{ type: "action", action: messageAction("ก") }] } })),
    send(text("ก", { quickReply: { items: [{ type: "button", action: messageAction("ก") }] } })),
    "messages[0].quickReply.items[0].type",
  ),
  refuses("quick reply: a button needs an action", send(text("ก", { quickReply: { items: [{ type: "action" }] } })), `${qrLabel}`),
  refuses("quick reply: items required", send(text("ก", { quickReply: {} })), "messages[0].quickReply.items"),
  accepts(
    "quick reply: camera, camera roll, location and datetime picker",
    withQuickReply({ type: "camera", label: "ถ่ายรูป" }, { type: "cameraRoll", label: "เลือกรูป" }, { type: "location", label: "ส่งตำแหน่ง" }, picker({})),
  ),
  refuses("quick reply: no rich menu switch", withQuickReply({ type: "richmenuswitch", label: "สลับ", richMenuAliasId: "menu-a", data: "a=switch" }), `${qrLabel}.type`),
  refuses("unknown action types are refused", withQuickReply({ type: "share", label: "แชร์" }), `${qrLabel}.type`),
];

const actions: Probe[] = [
  ...pair("camera only in quick replies", withQuickReply({ type: "camera", label: "ถ่ายรูป" }), template(buttonsTemplate({ actions: [{ type: "camera", label: "ถ่ายรูป" }] })), "messages[0].template.actions[0].type"),
  refuses("camera roll only in quick replies", flexBody(flexButton({ type: "cameraRoll", label: "เลือกรูป" })), `${inBody}.action.type`),
  refuses("location action only in quick replies", template(buttonsTemplate({ actions: [{ type: "location", label: "ตำแหน่ง" }] })), "messages[0].template.actions[0].type"),
  refuses("rich menu switch only in rich menus (Flex)", flexBody(flexButton({ type: "richmenuswitch", label: "สลับ", richMenuAliasId: "menu-a", data: "a=switch" })), `${inBody}.action.type`),
  refuses("rich menu switch only in rich menus (template)", template(buttonsTemplate({ actions: [{ type: "richmenuswitch", label: "สลับ", richMenuAliasId: "menu-a", data: "a=switch" }] })), "messages[0].template.actions[0].type"),
  ...pair("template actions need a label", template(buttonsTemplate({ actions: [messageAction("ถาม")] })), template(buttonsTemplate({ actions: [{ type: "message", text: "ถาม" }] })), "messages[0].template.actions[0].label"),
  ...pair("Flex buttons need a label", flexBody(flexButton(postback())), flexBody(flexButton({ type: "postback", data: "a=1" })), `${inBody}.action.label`),
  accepts("other Flex actions need no label", send(flex(bubble({ action: { type: "postback", data: "a=open" } })))),
  accepts("a postback outside quick replies needs no displayText", template(buttonsTemplate({ actions: [postback()] }))),
  ...pair("postback: data required", flexBody(flexButton(postback({ data: "a=1" }))), flexBody(flexButton({ type: "postback", label: "ส่ง" })), `${inBody}.action.data`),
  refuses("postback: text and displayText not both", flexBody(flexButton(postback({ text: "ส่ง", displayText: "ส่ง" }))), `${inBody}.action.text`),
  refuses("postback: inputOption is one of LINE's values", flexBody(flexButton(postback({ inputOption: "openCamera" }))), `${inBody}.action.inputOption`),
  ...pair("message action: text required", withQuickReply(messageAction("ถาม", "ถามเลย")), withQuickReply({ type: "message", label: "ถาม" }), `${qrLabel}.text`),
  ...pair("datetime picker: mode required", withQuickReply(picker({})), withQuickReply(picker({ mode: undefined })), `${qrLabel}.mode`),
  ...pair("datetime picker: a date that exists", withQuickReply(picker({ initial: "2026-02-28" })), withQuickReply(picker({ initial: "2026-02-30" })), `${qrLabel}.initial`),
  ...pair("datetime picker: times 00:00–23:59", withQuickReply(picker({ mode: "time", initial: "23:59" })), withQuickReply(picker({ mode: "time", initial: "24:00" })), `${qrLabel}.initial`),
  ...pair("datetime picker: datetime in the mode's format", withQuickReply(picker({ mode: "datetime", min: "2026-01-01t09:00" })), withQuickReply(picker({ mode: "datetime", min: "2026-01-01 09:00" })), `${qrLabel}.min`),
  ...pair("datetime picker: no later than 2100-12-31", withQuickReply(picker({ max: "2100-12-31" })), withQuickReply(picker({ max: "2101-01-01" })), `${qrLabel}.max`),
  ...pair("datetime picker: max later than min", withQuickReply(picker({ min: "2026-01-01", max: "2026-01-02" })), withQuickReply(picker({ min: "2026-01-02", max: "2026-01-02" })), `${qrLabel}.max`),
  ...pair("clipboard: at most 1000 characters", flexBody(flexButton({ type: "clipboard", label: "คัดลอก", clipboardText: "ก".repeat(1000) })), flexBody(flexButton({ type: "clipboard", label: "คัดลอก", clipboardText: "ก".repeat(1001) })), `${inBody}.action.clipboardText`),
];

const flexStructure: Probe[] = [
  ...pair("hero: a box, image or video", heroBubble(flexImage()), heroBubble(flexText("หัวเรื่อง")), "messages[0].contents.hero.type"),
  accepts("hero: a box", heroBubble(box("vertical", [flexText("หัวเรื่อง")]))),
  ...pair("video: in a kilo, mega or giga bubble", heroBubble(video, { size: "kilo" }), heroBubble(video, { size: "micro" }), "messages[0].contents.size"),
  refuses("video: only as the hero", flexBody(video), `${inBody}.type`),
  ...pair("header, body and footer are boxes", send(flex(bubble({ header: box("vertical", [flexText("หัว")]) }))), send(flex(bubble({ header: flexText("หัว") }))), "messages[0].contents.header.type"),
  ...pair("icon: only in a baseline box", flexBody(box("baseline", [{ type: "icon", url: IMAGE }, flexText("คะแนน")])), flexBody(box("horizontal", [{ type: "icon", url: IMAGE }])), `${inBody}.contents[0].type`),
  refuses("baseline boxes hold no images", flexBody(box("baseline", [flexImage()])), `${inBody}.contents[0].type`),
  refuses("baseline boxes hold no buttons", flexBody(box("baseline", [flexButton(postback())])), `${inBody}.contents[0].type`),
  refuses("spacer is no longer a component", flexBody({ type: "spacer", size: "md" }), `${inBody}.type`),
  refuses("unknown component types are refused", flexBody({ type: "table" }), `${inBody}.type`),
  ...pair("span: only inside a text", flexBody(flexText("", { contents: [{ type: "span", text: "ตัวหนา", weight: "bold" }] })), flexBody({ type: "span", text: "ตัวหนา" }), `${inBody}.type`),
  ...pair("text: text required without spans", flexBody(flexText("ข้อความ")), flexBody({ type: "text" }), `${inBody}.text`),
  refuses("text: may not be empty without spans", flexBody(flexText("")), `${inBody}.text`),
  refuses("box: layout required", flexBody({ type: "box", contents: [] }), `${inBody}.layout`),
  refuses("box: layout is horizontal, vertical or baseline", flexBody(box("grid", [])), `${inBody}.layout`),
  refuses("container: bubble or carousel", send(flex({ type: "box", layout: "vertical", contents: [] })), "messages[0].contents.type"),
  ...pair("carousel: at most 12 bubbles", send(flex({ type: "carousel", contents: Array.from({ length: 12 }, () => bubble()) })), send(flex({ type: "carousel", contents: Array.from({ length: 13 }, () => bubble()) })), "messages[0].contents.contents"),
  refuses("carousel: at least one bubble", send(flex({ type: "carousel", contents: [] })), "messages[0].contents.contents"),
  refuses("carousel: holds bubbles only", send(flex({ type: "carousel", contents: [box("vertical", [])] })), "messages[0].contents.contents[0].type"),
  ...pair("bubble: at most 30 KB of JSON", send(flex(bubbleOfBytes(30_000))), send(flex(bubbleOfBytes(30_001))), "messages[0].contents"),
  ...pair("carousel: at most 50 KB of JSON", send(flex(carouselOfBytes(50_000))), send(flex(carouselOfBytes(50_001))), "messages[0].contents"),
  refuses("carousel: each bubble at most 30 KB", send(flex({ type: "carousel", contents: [bubbleOfBytes(30_001)] })), "messages[0].contents.contents[0]"),
];

const flexValues: Probe[] = [
  ...pair("margin: a keyword", flexBody(flexText("ก", { margin: "xxl" })), flexBody(flexText("ก", { margin: "huge" })), `${inBody}.margin`),
  ...pair("margin: pixels", flexBody(flexText("ก", { margin: "12px" })), flexBody(flexText("ก", { margin: "12" })), `${inBody}.margin`),
  ...pair("spacing: a keyword or pixels", flexBody(box("vertical", [], { spacing: "8.5px" })), flexBody(box("vertical", [], { spacing: "50%" })), `${inBody}.spacing`),
  ...pair("padding: a percentage too", flexBody(box("vertical", [], { paddingAll: "10%" })), flexBody(box("vertical", [], { paddingAll: "wide" })), `${inBody}.paddingAll`),
  ...pair("offsets: keyword, pixels or percentage", flexBody(flexText("ก", { position: "absolute", offsetTop: "5%" })), flexBody(flexText("ก", { offsetTop: "-5" })), `${inBody}.offsetTop`),
  ...pair("box width: pixels or percentage", flexBody(box("vertical", [], { width: "50%" })), flexBody(box("vertical", [], { width: "md" })), `${inBody}.width`),
  ...pair("borderWidth: keyword or pixels", flexBody(box("vertical", [], { borderWidth: "semi-bold" })), flexBody(box("vertical", [], { borderWidth: "thick" })), `${inBody}.borderWidth`),
  ...pair("cornerRadius: keyword or pixels", flexBody(box("vertical", [], { cornerRadius: "5px" })), flexBody(box("vertical", [], { cornerRadius: "round" })), `${inBody}.cornerRadius`),
  ...pair("text size: xxs to 5xl or pixels", flexBody(flexText("ก", { size: "5xl" })), flexBody(flexText("ก", { size: "6xl" })), `${inBody}.size`),
  refuses("text size: no percentage", flexBody(flexText("ก", { size: "50%" })), `${inBody}.size`),
  ...pair("image size: full or a percentage too", flexBody(flexImage({ size: "full" }), flexImage({ size: "50%" })), flexBody(flexImage({ size: "huge" })), `${inBody}.size`),
  ...pair("icon size: keyword or pixels", flexBody(box("baseline", [{ type: "icon", url: IMAGE, size: "20px" }])), flexBody(box("baseline", [{ type: "icon", url: IMAGE, size: "full" }])), `${inBody}.contents[0].size`),
  ...pair("text weight: regular or bold", flexBody(flexText("ก", { weight: "bold" })), flexBody(flexText("ก", { weight: "heavy" })), `${inBody}.weight`),
  ...pair("colors: #RRGGBB or #RRGGBBAA", flexBody(flexText("ก", { color: "#1DB446" }), flexText("ก", { color: "#1DB44680" })), flexBody(flexText("ก", { color: "green" })), `${inBody}.color`),
  refuses("colors: no short form", flexBody(flexText("ก", { color: "#fff" })), `${inBody}.color`),
  refuses("colors: box backgrounds too", flexBody(box("vertical", [], { backgroundColor: "rgb(0,0,0)" })), `${inBody}.backgroundColor`),
  refuses("colors: bubble styles too", send(flex(bubble({ styles: { body: { backgroundColor: "white" } } }))), "messages[0].contents.styles.body.backgroundColor"),
  ...pair("aspectRatio: width:height", flexBody(flexImage({ aspectRatio: "20:13" })), flexBody(flexImage({ aspectRatio: "20/13" })), `${inBody}.aspectRatio`),
  ...pair("aspectRatio: height at most three times width", flexBody(flexImage({ aspectRatio: "1:3" })), flexBody(flexImage({ aspectRatio: "1:4" })), `${inBody}.aspectRatio`),
  ...pair("aspectRatio: 1 to 100000", flexBody(flexImage({ aspectRatio: "100000:1" })), flexBody(flexImage({ aspectRatio: "100001:1" })), `${inBody}.aspectRatio`),
  refuses("aspectRatio: not 0", flexBody(flexImage({ aspectRatio: "0:1" })), `${inBody}.aspectRatio`),
  ...pair("aspectMode: fit or cover", flexBody(flexImage({ aspectMode: "cover" })), flexBody(flexImage({ aspectMode: "stretch" })), `${inBody}.aspectMode`),
  ...pair("maxLines: 0 or more", flexBody(flexText("ก", { maxLines: 0 })), flexBody(flexText("ก", { maxLines: -1 })), `${inBody}.maxLines`),
  refuses("maxLines: an integer", flexBody(flexText("ก", { maxLines: 1.5 })), `${inBody}.maxLines`),
  ...pair("flex: 0 or more", flexBody(flexText("ก", { flex: 0 })), flexBody(flexText("ก", { flex: -1 })), `${inBody}.flex`),
  ...pair("bubble size: nano to giga", send(flex(bubble({ size: "giga" }))), send(flex(bubble({ size: "tera" }))), "messages[0].contents.size"),
  ...pair("button style: primary, secondary or link", flexBody(flexButton(postback(), { style: "primary" })), flexBody(flexButton(postback(), { style: "fancy" })), `${inBody}.style`),
  ...pair("button height: sm or md", flexBody(flexButton(postback(), { height: "sm" })), flexBody(flexButton(postback(), { height: "lg" })), `${inBody}.height`),
  ...pair("layout enums: justifyContent", flexBody(box("horizontal", [], { justifyContent: "space-between" })), flexBody(box("horizontal", [], { justifyContent: "stretch" })), `${inBody}.justifyContent`),
  ...pair("gradient angle: degrees under 360", flexBody(box("vertical", [], { background: { type: "linearGradient", angle: "90deg", startColor: "#ffffff", endColor: "#000000" } })), flexBody(box("vertical", [], { background: { type: "linearGradient", angle: "400deg", startColor: "#ffffff", endColor: "#000000" } })), `${inBody}.background.angle`),
  ...pair("lineSpacing: pixels", flexBody(flexText("ก", { lineSpacing: "4px" })), flexBody(flexText("ก", { lineSpacing: "md" })), `${inBody}.lineSpacing`),
];

const templates: Probe[] = [
  ...pair("buttons template: 1 to 4 actions", template(buttonsTemplate({ actions: Array.from({ length: 4 }, (_, i) => messageAction(`ข้อ ${i}`)) })), template(buttonsTemplate({ actions: Array.from({ length: 5 }, (_, i) => messageAction(`ข้อ ${i}`)) })), "messages[0].template.actions"),
  refuses("buttons template: at least one action", template(buttonsTemplate({ actions: [] })), "messages[0].template.actions"),
  ...pair("buttons template: imageAspectRatio rectangle or square", template(buttonsTemplate({ thumbnailImageUrl: IMAGE, imageAspectRatio: "square", text: "ก" })), template(buttonsTemplate({ thumbnailImageUrl: IMAGE, imageAspectRatio: "wide", text: "ก" })), "messages[0].template.imageAspectRatio"),
  ...pair("buttons template: imageSize cover or contain", template(buttonsTemplate({ thumbnailImageUrl: IMAGE, imageSize: "contain", text: "ก" })), template(buttonsTemplate({ thumbnailImageUrl: IMAGE, imageSize: "fill", text: "ก" })), "messages[0].template.imageSize"),
  refuses("buttons template: thumbnail over HTTPS", template(buttonsTemplate({ thumbnailImageUrl: "http://example.com/a.jpg", text: "ก" })), "messages[0].template.thumbnailImageUrl"),
  ...pair("confirm template: exactly 2 actions", confirm("ยืนยันไหมคะ"), confirm("ยืนยันไหมคะ", [messageAction("ใช่"), messageAction("ไม่"), messageAction("ยกเลิก")]), "messages[0].template.actions"),
  ...pair("carousel template: at most 10 columns", carouselTemplate(Array.from({ length: 10 }, () => column())), carouselTemplate(Array.from({ length: 11 }, () => column())), "messages[0].template.columns"),
  ...pair("carousel template: 1 to 3 actions a column", carouselTemplate([column({ actions: Array.from({ length: 3 }, (_, i) => messageAction(`ข้อ ${i}`)) })]), carouselTemplate([column({ actions: Array.from({ length: 4 }, (_, i) => messageAction(`ข้อ ${i}`)) })]), "messages[0].template.columns[0].actions"),
  ...pair("carousel template: the same number of actions in every column", carouselTemplate([column(), column()]), carouselTemplate([column(), column({ actions: [messageAction("ก"), messageAction("ข")] })]), "messages[0].template.columns"),
  refuses("carousel template: a title in all columns or none", carouselTemplate([column({ title: "ข่าว" }), column()]), "messages[0].template.columns"),
  ...pair("image carousel: images over HTTPS", template({ type: "image_carousel", columns: [imageColumn()] }), template({ type: "image_carousel", columns: [imageColumn({ imageUrl: "http://example.com/a.jpg" })] }), "messages[0].template.columns[0].imageUrl"),
  refuses("image carousel: an action per column", template({ type: "image_carousel", columns: [{ imageUrl: IMAGE }] }), "messages[0].template.columns[0].action"),
  refuses("template: one of LINE's template types", template({ type: "list", text: "ก" }), "messages[0].template.type"),
];

export const MESSAGE_PROBES: Probe[] = [
  ...messagesAndText,
  ...urls,
  ...counting,
  ...quickReplies,
  ...actions,
  ...flexStructure,
  ...flexValues,
  ...templates,
];
