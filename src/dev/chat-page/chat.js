/**
 * The chat page: be one of the personas, talk to the bot, see its replies stream in. Every user
 * action goes to the LINE stand-in, which sends the bot a real signed webhook request; every bot
 * message arrives over Server-Sent Events from the stand-in's transcript. Text from users and the
 * bot is only ever placed with textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  var FlexToNodes = window.FlexToNodes;
  var LAST_PERSONA_KEY = "chat-page:persona";
  /** Where a "share location" action puts the user: the อบต. office, approximately. */
  // The "send a location" button's place: named after the organisation whose plan is running (from
  // personas.json); the coordinates are only a sample point.
  var OFFICE_LOCATION = { title: "ที่ทำการหน่วยงาน", address: "ที่อยู่ตัวอย่าง", latitude: 18.5897, longitude: 98.8589 };
  var STICKER = { packageId: "446", stickerId: "1988" };

  var elements = {
    persona: document.getElementById("persona"),
    follow: document.getElementById("follow"),
    unfollow: document.getElementById("unfollow"),
    messages: document.getElementById("messages"),
    quickReplies: document.getElementById("quick-replies"),
    composer: document.getElementById("composer"),
    text: document.getElementById("text"),
    attach: document.getElementById("attach"),
    sticker: document.getElementById("sticker"),
    file: document.getElementById("file"),
    connection: document.getElementById("connection"),
    picker: document.getElementById("picker"),
    pickerLabel: document.getElementById("picker-label"),
    pickerInput: document.getElementById("picker-input"),
    richMenuBar: document.getElementById("rich-menu-bar"),
    richMenuBarText: document.getElementById("rich-menu-bar-text"),
    richMenu: document.getElementById("rich-menu"),
    richMenuImage: document.getElementById("rich-menu-image"),
    richMenuAreas: document.getElementById("rich-menu-areas"),
  };
  /** Icons LINE's app shows on quick replies that open the camera, the gallery or the map. */
  var ACTION_ICONS = { camera: "📷 ", cameraRoll: "🖼️ ", location: "📍 " };

  var standinPath = "";
  var personas = [];
  var current = null;
  var stream = null;
  var shownSeqs = new Set();
  var typing = null;
  /** The rich menu shown now: its ID, so a refresh that finds the same menu changes nothing. */
  var shownMenuId = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function clockTime(at) {
    var date = new Date(at);
    return isNaN(date.getTime()) ? "" : date.toLocaleTimeString("th-TH", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Bangkok" });
  }

  function scrollToEnd() {
    elements.messages.scrollTop = elements.messages.scrollHeight;
  }

  function note(text, isError) {
    elements.messages.appendChild(el("div", "note" + (isError ? " note-error" : ""), text));
    scrollToEnd();
  }

  /** Builds DOM from a view node of flex-to-nodes.js; styles go through CSSOM, text through textContent. */
  function buildDom(view) {
    var tag = ["div", "p", "span", "button", "img"].indexOf(view.tag) >= 0 ? view.tag : "div";
    var node = document.createElement(tag);
    if (view.className) node.className = view.className;
    if (tag === "button") node.type = "button";
    if (view.style) {
      Object.keys(view.style).forEach(function (property) {
        node.style.setProperty(property, view.style[property]);
      });
    }
    if (tag === "img" && view.attrs && FlexToNodes.safeUrl(view.attrs.src)) {
      node.src = view.attrs.src;
      node.alt = view.attrs.alt || "";
    }
    if (view.text !== undefined) node.textContent = view.text;
    (view.children || []).forEach(function (child) {
      node.appendChild(buildDom(child));
    });
    if (view.action) {
      node.classList.add("has-action");
      node.addEventListener("click", function (event) {
        event.stopPropagation();
        performAction(view.action);
      });
    }
    return node;
  }

  function row(from, content, at) {
    var line = el("div", "row row-" + from);
    if (from === "bot") line.appendChild(el("div", "avatar", "อบต."));
    var time = el("span", "time", clockTime(at));
    if (from === "user") line.appendChild(time);
    line.appendChild(content);
    if (from === "bot") line.appendChild(time);
    return line;
  }

  function textBubble(text) {
    return el("div", "bubble", text);
  }

  /**
   * A local run gives LINE https://localhost:PORT/media/… (LINE takes only https); nothing serves
   * TLS here, so the page fetches the same path from the local server it came from.
   */
  function localMedia(src) {
    if (!src) return src;
    var m = /^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/media\/[^#]*)$/.exec(src);
    return m ? location.origin + m[3] : src;
  }

  function imageBubble(src) {
    var bubble = el("div", "bubble bubble-plain");
    var img = el("img", "photo");
    img.alt = "รูปภาพ";
    img.src = src;
    bubble.appendChild(img);
    return bubble;
  }

  function userContent(entry) {
    var event = entry.event || {};
    if (event.type === "message") {
      var message = event.message || {};
      if (message.type === "text") return textBubble(message.text);
      if (message.type === "image") return imageBubble(standinPath + "/content/" + encodeURIComponent(message.id));
      if (message.type === "sticker") return textBubble("[สติกเกอร์ " + message.packageId + "/" + message.stickerId + "]");
      if (message.type === "location") return textBubble("📍 " + (message.title || "ตำแหน่ง") + " (" + message.latitude + ", " + message.longitude + ")");
      return textBubble("[" + message.type + "]");
    }
    if (event.type === "postback") return entry.shownText ? textBubble(entry.shownText) : null;
    return null;
  }

  /** "คุณเลือก 7 ธ.ค. 2569 10:30" for a date/time picker's params (Bangkok wall-clock values), else null. */
  function pickedNote(params) {
    var options = { timeZone: "Asia/Bangkok", day: "numeric", month: "short", year: "numeric" };
    if (params.datetime) {
      var at = new Date(params.datetime + ":00+07:00");
      if (isNaN(at.getTime())) return null;
      return "คุณเลือก " + at.toLocaleDateString("th-TH", options) + " " + at.toLocaleTimeString("th-TH", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit" }) + " น.";
    }
    if (params.date) {
      var day = new Date(params.date + "T12:00:00+07:00");
      return isNaN(day.getTime()) ? null : "คุณเลือก " + day.toLocaleDateString("th-TH", options);
    }
    return params.time ? "คุณเลือก " + params.time + " น." : null;
  }

  function userNote(entry) {
    var event = entry.event || {};
    var notes = {
      follow: "คุณเพิ่มบัญชีนี้เป็นเพื่อนแล้ว",
      unfollow: "คุณบล็อกบัญชีนี้แล้ว",
      join: "บอทถูกเชิญเข้ากลุ่ม",
      memberJoined: "คุณเข้าร่วมกลุ่ม",
    };
    if (notes[event.type]) return notes[event.type];
    // LINE shows nothing in the chat for a postback without displayText (a date picker's answer, a
    // rich-menu switch): no bubble here either, and never the raw data (IDs, action names). A
    // picker's choice gets a quiet note, so the person sees what they picked.
    if (event.type === "postback" && !entry.shownText) return pickedNote((event.postback && event.postback.params) || {});
    return null;
  }

  function botContent(message) {
    switch (message.type) {
      case "text":
        return textBubble(message.text);
      case "sticker":
        return textBubble("[สติกเกอร์ " + message.packageId + "/" + message.stickerId + "]");
      case "image": {
        var src = localMedia(FlexToNodes.safeUrl(message.previewImageUrl || message.originalContentUrl));
        return src ? imageBubble(src) : textBubble("[รูปภาพ]");
      }
      case "video":
        return textBubble("[วิดีโอ] " + (message.originalContentUrl || ""));
      case "audio":
        return textBubble("[เสียง]");
      case "location":
        return textBubble("📍 " + (message.title || "") + "\n" + (message.address || ""));
      case "imagemap":
        return textBubble("[imagemap] " + (message.altText || ""));
      case "flex":
      case "template": {
        var wrapper = el("div", "bubble bubble-plain");
        wrapper.appendChild(el("p", "alt-text", message.altText || ""));
        var view = message.type === "flex" ? FlexToNodes.flexToNodes(message.contents) : FlexToNodes.templateToNodes(message.template);
        wrapper.appendChild(buildDom(view));
        return wrapper;
      }
      default:
        return textBubble("[" + message.type + "]");
    }
  }

  function showQuickReplies(items) {
    elements.quickReplies.replaceChildren();
    (items || []).forEach(function (item) {
      var action = item && item.action;
      if (!action) return;
      var button = el("button", "quick-reply", (ACTION_ICONS[action.type] || "") + (action.label || action.text || action.type));
      button.type = "button";
      button.addEventListener("click", function () {
        performAction(action);
      });
      elements.quickReplies.appendChild(button);
    });
    elements.quickReplies.hidden = elements.quickReplies.childElementCount === 0;
  }

  function stopTyping() {
    if (!typing) return;
    clearTimeout(typing.timer);
    typing.node.remove();
    typing = null;
  }

  function showEntry(entry) {
    if (shownSeqs.has(entry.seq)) return;
    shownSeqs.add(entry.seq);
    if (entry.from === "user") {
      showQuickReplies([]);
      var content = userContent(entry);
      if (content) elements.messages.appendChild(row("user", content, entry.at));
      var text = userNote(entry);
      if (text) note(text);
    } else {
      stopTyping();
      var message = entry.message || {};
      elements.messages.appendChild(row("bot", botContent(message), entry.at));
      showQuickReplies(message.quickReply && message.quickReply.items);
    }
    scrollToEnd();
  }

  function showTyping(seconds) {
    stopTyping();
    var node = el("div", "typing", "กำลังพิมพ์…");
    elements.messages.appendChild(node);
    scrollToEnd();
    typing = { node: node, timer: setTimeout(stopTyping, seconds * 1000) };
  }

  function setConnection(state) {
    elements.connection.className = "connection " + state;
    elements.connection.title = state === "online" ? "เชื่อมต่อแล้ว" : "กำลังเชื่อมต่อใหม่…";
  }

  function connect(persona) {
    if (stream) stream.close();
    current = persona;
    shownSeqs = new Set();
    elements.messages.replaceChildren();
    showQuickReplies([]);
    stopTyping();
    hideRichMenu();
    // "true" once the transcript so far is shown: tests wait for it before counting messages.
    elements.messages.dataset.replayed = "false";
    stream = new EventSource(standinPath + "/chats/" + encodeURIComponent(persona.userId) + "/events");
    stream.addEventListener("open", function () {
      setConnection("online");
      // On every (re)connection: a change of menu may have happened while the stream was down.
      loadRichMenu();
    });
    stream.addEventListener("error", function () {
      setConnection("offline");
    });
    stream.addEventListener("entry", function (event) {
      showEntry(JSON.parse(event.data).entry);
    });
    stream.addEventListener("replayed", function () {
      // A chat that never started: LINE's app offers "add friend" here; say where that button is.
      // (Once: a reconnection replays again.)
      if (!elements.messages.querySelector(".row, .note-start")) {
        note('ยังไม่มีข้อความ กด "เพิ่มเพื่อน" ด้านบนเพื่อเริ่ม (เหมือนเพิ่มเพื่อนใน LINE) หรือพิมพ์ข้อความได้เลย');
        elements.messages.lastChild.classList.add("note-start");
      }
      elements.messages.dataset.replayed = "true";
    });
    stream.addEventListener("richmenu", function () {
      loadRichMenu();
    });
    stream.addEventListener("loading", function (event) {
      showTyping(JSON.parse(event.data).seconds);
    });
    stream.addEventListener("delivery", function (event) {
      var delivery = JSON.parse(event.data).delivery;
      if (delivery.status === 0) note("ส่งไปยังเว็บฮุกไม่ได้: " + (delivery.error || ""), true);
      else if (delivery.status !== 200) note("เว็บฮุกตอบสถานะ " + delivery.status, true);
    });
  }

  function send(input) {
    if (!current) return Promise.resolve();
    return fetch(standinPath + "/chats/" + encodeURIComponent(current.userId) + "/send", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    })
      .then(function (response) {
        if (response.ok) return;
        return response.json().then(function (body) {
          note("ส่งไม่สำเร็จ: " + (body && body.message), true);
        });
      })
      .catch(function (error) {
        note("ส่งไม่สำเร็จ: " + error.message, true);
      });
  }

  function pickDateTime(action) {
    var types = { date: "date", time: "time", datetime: "datetime-local" };
    var labels = { date: "เลือกวันที่", time: "เลือกเวลา", datetime: "เลือกวันและเวลา" };
    var mode = types[action.mode] ? action.mode : "date";
    elements.pickerLabel.textContent = action.label || labels[mode];
    elements.pickerInput.type = types[mode];
    elements.pickerInput.value = action.initial || "";
    elements.pickerInput.min = action.min || "";
    elements.pickerInput.max = action.max || "";
    elements.picker.onclose = function () {
      if (elements.picker.returnValue !== "ok" || !elements.pickerInput.value) return;
      var params = {};
      params[mode] = elements.pickerInput.value;
      send({ type: "postback", data: action.data, params: params });
    };
    elements.picker.showModal();
  }

  /** Does what tapping an action does in the LINE app. */
  function performAction(action) {
    switch (action.type) {
      case "message":
        return send({ type: "text", text: action.text });
      case "postback": {
        var shown = action.displayText || action.text;
        return send(shown ? { type: "postback", data: action.data, displayText: shown } : { type: "postback", data: action.data });
      }
      case "datetimepicker":
        return pickDateTime(action);
      case "uri": {
        var url = FlexToNodes.safeUrl(action.uri);
        if (url) window.open(url, "_blank", "noopener");
        else note("ลิงก์นี้เปิดได้ในแอป LINE เท่านั้น: " + action.uri);
        return;
      }
      case "camera":
      case "cameraRoll":
        // A phone opens its camera for "camera" (capture) and its gallery for "cameraRoll".
        if (action.type === "camera") elements.file.setAttribute("capture", "environment");
        else elements.file.removeAttribute("capture");
        return elements.file.click();
      case "location":
        return send({ type: "location", title: OFFICE_LOCATION.title, address: OFFICE_LOCATION.address, latitude: OFFICE_LOCATION.latitude, longitude: OFFICE_LOCATION.longitude });
      case "richmenuswitch":
        return switchRichMenu(action);
      case "clipboard":
        if (navigator.clipboard) navigator.clipboard.writeText(action.clipboardText);
        return note("คัดลอกแล้ว");
      default:
        return note("ยังไม่รองรับการกระทำแบบ " + action.type);
    }
  }

  function hideRichMenu() {
    shownMenuId = null;
    elements.richMenuBar.hidden = true;
    elements.richMenu.hidden = true;
    elements.richMenuAreas.replaceChildren();
    elements.richMenuImage.removeAttribute("src");
  }

  function setRichMenuOpen(open) {
    elements.richMenu.hidden = !open;
    elements.richMenuBar.setAttribute("aria-expanded", open ? "true" : "false");
  }

  /** Draws the person's rich menu: its image, a button over each area, the bar with chatBarText. */
  function showRichMenu(menu) {
    if (!menu || !menu.size || !Array.isArray(menu.areas)) return hideRichMenu();
    if (menu.richMenuId === shownMenuId) return;
    shownMenuId = menu.richMenuId;
    elements.richMenuImage.src = standinPath + "/richmenus/" + encodeURIComponent(menu.richMenuId) + "/image";
    elements.richMenuImage.alt = menu.name || "ริชเมนู";
    elements.richMenuAreas.replaceChildren();
    menu.areas.forEach(function (area) {
      var b = area.bounds || {};
      var action = area.action || {};
      var button = el("button", "rich-menu-area", action.label || action.text || action.type);
      button.type = "button";
      button.setAttribute("aria-label", action.label || action.text || action.type || "");
      button.title = action.label || "";
      button.style.left = (100 * b.x) / menu.size.width + "%";
      button.style.top = (100 * b.y) / menu.size.height + "%";
      button.style.width = (100 * b.width) / menu.size.width + "%";
      button.style.height = (100 * b.height) / menu.size.height + "%";
      button.addEventListener("click", function () {
        performAction(action);
      });
      elements.richMenuAreas.appendChild(button);
    });
    elements.richMenuBarText.textContent = menu.chatBarText || "เมนู";
    elements.richMenuBar.hidden = false;
    setRichMenuOpen(menu.selected === true);
  }

  /** Asks the stand-in which rich menu is linked to the person now (theirs, else the default). */
  function loadRichMenu() {
    var persona = current;
    if (!persona) return;
    fetch(standinPath + "/users/" + encodeURIComponent(persona.userId) + "/richmenu")
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (menu) {
        if (persona === current) showRichMenu(menu);
      })
      .catch(function () {
        if (persona === current) hideRichMenu();
      });
  }

  /**
   * What LINE's app does for a richmenuswitch area: shows the menu the alias points at (on this
   * screen only; the menu linked to the user does not change) and sends a postback saying so.
   */
  function switchRichMenu(action) {
    return fetch(standinPath + "/richmenu-aliases/" + encodeURIComponent(action.richMenuAliasId))
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (menu) {
        if (menu) {
          showRichMenu(menu);
          setRichMenuOpen(true);
        }
        var status = menu ? "SUCCESS" : "RICHMENU_ALIAS_ID_NOTFOUND";
        return send({ type: "postback", data: action.data || "", params: { newRichMenuAliasId: action.richMenuAliasId, status: status } });
      });
  }

  function sendImage(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var dataUrl = String(reader.result);
      send({ type: "image", base64: dataUrl.slice(dataUrl.indexOf(",") + 1), contentType: file.type || "image/jpeg" });
    };
    reader.readAsDataURL(file);
  }

  function wireControls() {
    elements.composer.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = elements.text.value;
      if (!text.trim()) return;
      elements.text.value = "";
      send({ type: "text", text: text });
    });
    elements.text.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.isComposing) event.preventDefault();
    });
    elements.follow.addEventListener("click", function () {
      send({ type: "follow" });
    });
    elements.unfollow.addEventListener("click", function () {
      send({ type: "unfollow" });
    });
    elements.sticker.addEventListener("click", function () {
      send({ type: "sticker", packageId: STICKER.packageId, stickerId: STICKER.stickerId });
    });
    elements.attach.addEventListener("click", function () {
      elements.file.click();
    });
    elements.file.addEventListener("change", function () {
      var file = elements.file.files && elements.file.files[0];
      if (file) sendImage(file);
      elements.file.value = "";
    });
    elements.richMenuBar.addEventListener("click", function () {
      setRichMenuOpen(elements.richMenu.hidden);
    });
    elements.persona.addEventListener("change", function () {
      var persona = personas[Number(elements.persona.value)];
      if (!persona) return;
      localStorage.setItem(LAST_PERSONA_KEY, persona.userId);
      connect(persona);
    });
  }

  function start() {
    wireControls();
    fetch("personas.json")
      .then(function (response) {
        return response.json();
      })
      .then(function (config) {
        standinPath = config.standinPath;
        personas = config.personas;
        if (config.organization) {
          document.getElementById("org-name").textContent = config.organization.name;
          document.title = "แชท LINE จำลอง · " + config.organization.name;
          OFFICE_LOCATION.title = config.organization.name;
          if (config.organization.address) OFFICE_LOCATION.address = config.organization.address;
        }
        var remembered = localStorage.getItem(LAST_PERSONA_KEY);
        var chosen = 0;
        personas.forEach(function (persona, index) {
          var option = el("option", "", persona.displayName);
          option.value = String(index);
          elements.persona.appendChild(option);
          if (persona.userId === remembered) chosen = index;
        });
        elements.persona.value = String(chosen);
        if (personas[chosen]) connect(personas[chosen]);
      })
      .catch(function (error) {
        note("โหลดรายชื่อผู้ใช้จำลองไม่ได้: " + error.message, true);
      });
  }

  start();
})();
