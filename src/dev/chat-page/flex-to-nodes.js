/**
 * Turns LINE Flex and template messages into a small tree of plain objects ("view nodes") that
 * chat.js turns into DOM elements with textContent and CSSOM only. Kept free of the DOM so Node
 * tests can render fixtures; loaded in the browser as a plain script (window.FlexToNodes).
 * Flex reference: https://developers.line.biz/en/reference/messaging-api/#flex-message
 *
 * A view node is { tag, className?, style?, text?, attrs?, action?, children? }: `text` and
 * `children` never both appear, styles use CSS property names, and URLs and colours coming from
 * the message are checked here, so nothing from a message can become markup or script.
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.FlexToNodes = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var TEXT_SIZES = { xxs: "11px", xs: "13px", sm: "14px", md: "16px", lg: "19px", xl: "22px", xxl: "29px", "3xl": "35px", "4xl": "48px", "5xl": "74px" };
  var SPACING = { none: "0px", xs: "2px", sm: "4px", md: "8px", lg: "12px", xl: "16px", xxl: "20px" };
  var IMAGE_SIZES = { xxs: "40px", xs: "60px", sm: "80px", md: "100px", lg: "120px", xl: "140px", xxl: "160px", "3xl": "180px", "4xl": "200px", "5xl": "240px", full: "100%" };
  var BORDER_WIDTHS = { none: "0px", light: "0.5px", normal: "1px", medium: "2px", "semi-bold": "3px", bold: "4px" };
  var BUBBLE_SIZES = { nano: "nano", micro: "micro", deca: "deca", hecto: "hecto", kilo: "kilo", mega: "mega", giga: "giga" };
  var JUSTIFY = { "flex-start": "flex-start", "flex-end": "flex-end", center: "center", "space-between": "space-between", "space-around": "space-around", "space-evenly": "space-evenly" };
  var ALIGN = { "flex-start": "flex-start", "flex-end": "flex-end", center: "center" };
  var GRAVITY = { top: "flex-start", center: "center", bottom: "flex-end" };
  var TEXT_ALIGN = { start: "left", end: "right", center: "center" };
  var BLOCKS = ["header", "hero", "body", "footer"];
  var DEFAULT_SEPARATOR = "#d4d6da";

  function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }

  /** A URL that may become an img src or a link: http(s) or an inline image, nothing else. */
  function safeUrl(value) {
    if (typeof value !== "string") return undefined;
    return /^https?:\/\//i.test(value) || /^data:image\/(png|jpe?g|gif|webp);base64,/i.test(value) ? value : undefined;
  }

  /** A colour LINE allows (#RRGGBB or #RRGGBBAA); anything else is dropped, not passed to CSS. */
  function safeColor(value) {
    return typeof value === "string" && /^#([0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ? value : undefined;
  }

  /** A keyword from `table`, or a plain px / % length. */
  function length(value, table) {
    if (typeof value !== "string") return undefined;
    if (table && Object.prototype.hasOwnProperty.call(table, value)) return table[value];
    return /^\d+(\.\d+)?(px|%)$/.test(value) ? value : undefined;
  }

  function set(style, property, value) {
    if (value !== undefined) style[property] = value;
  }

  function node(tag, className, extra) {
    var result = { tag: tag, className: className };
    for (var key in extra) if (extra[key] !== undefined) result[key] = extra[key];
    return result;
  }

  function actionOf(value) {
    return isObject(value) && typeof value.type === "string" ? value : undefined;
  }

  /** Styles every component takes from its parent box: flex, margin, gravity, offsets. */
  function itemStyle(component, parentLayout, index) {
    var style = {};
    var horizontal = parentLayout === "horizontal" || parentLayout === "baseline";
    var defaultFlex = horizontal ? 1 : 0;
    var flex = typeof component.flex === "number" && component.flex >= 0 ? component.flex : defaultFlex;
    if (component.type !== "separator" && component.type !== "spacer") {
      style.flex = flex > 0 ? flex + " 1 0" : "0 0 auto";
    }
    if (index > 0) set(style, horizontal ? "margin-left" : "margin-top", length(component.margin, SPACING));
    if (horizontal) set(style, "align-self", GRAVITY[component.gravity]);
    if (component.position === "absolute") {
      style.position = "absolute";
      set(style, "top", length(component.offsetTop, SPACING));
      set(style, "bottom", length(component.offsetBottom, SPACING));
      set(style, "left", length(component.offsetStart, SPACING));
      set(style, "right", length(component.offsetEnd, SPACING));
    } else {
      set(style, "top", length(component.offsetTop, SPACING));
      set(style, "left", length(component.offsetStart, SPACING));
      if (style.top || style.left) style.position = "relative";
    }
    return style;
  }

  function textStyle(component, style) {
    set(style, "font-size", length(component.size, TEXT_SIZES));
    if (component.weight === "bold") style["font-weight"] = "bold";
    set(style, "color", safeColor(component.color));
    if (component.style === "italic") style["font-style"] = "italic";
    if (component.decoration === "underline" || component.decoration === "line-through") style["text-decoration"] = component.decoration;
    return style;
  }

  function renderBox(box, parentLayout, index) {
    var layout = box.layout === "horizontal" || box.layout === "baseline" ? box.layout : "vertical";
    var style = itemStyle(box, parentLayout, index);
    set(style, "gap", length(box.spacing, SPACING));
    set(style, "background-color", safeColor(box.backgroundColor));
    if (isObject(box.background) && box.background.type === "linearGradient") {
      set(style, "background-color", safeColor(box.background.startColor));
    }
    set(style, "border-color", safeColor(box.borderColor));
    set(style, "border-width", length(box.borderWidth, BORDER_WIDTHS));
    if (style["border-width"] || style["border-color"]) style["border-style"] = "solid";
    set(style, "border-radius", length(box.cornerRadius, SPACING));
    set(style, "width", length(box.width));
    set(style, "max-width", length(box.maxWidth));
    set(style, "height", length(box.height));
    set(style, "padding", length(box.paddingAll, SPACING));
    set(style, "padding-top", length(box.paddingTop, SPACING));
    set(style, "padding-bottom", length(box.paddingBottom, SPACING));
    set(style, "padding-left", length(box.paddingStart, SPACING));
    set(style, "padding-right", length(box.paddingEnd, SPACING));
    set(style, "justify-content", JUSTIFY[box.justifyContent]);
    set(style, "align-items", ALIGN[box.alignItems]);
    var contents = Array.isArray(box.contents) ? box.contents : [];
    return node("div", "flex-box flex-" + layout, {
      style: style,
      action: actionOf(box.action),
      children: contents.map(function (child, childIndex) {
        return renderComponent(child, layout, childIndex);
      }),
    });
  }

  function renderText(text, parentLayout, index) {
    var style = textStyle(text, itemStyle(text, parentLayout, index));
    set(style, "text-align", TEXT_ALIGN[text.align]);
    var wrap = text.wrap === true;
    var className = "flex-text" + (wrap ? " flex-wrap" : " flex-nowrap");
    if (wrap && typeof text.maxLines === "number" && text.maxLines > 0) style["-webkit-line-clamp"] = String(text.maxLines);
    var action = actionOf(text.action);
    if (Array.isArray(text.contents) && text.contents.length > 0) {
      return node("p", className, {
        style: style,
        action: action,
        children: text.contents.map(function (span) {
          return node("span", "flex-span", { style: textStyle(isObject(span) ? span : {}, {}), text: isObject(span) ? String(span.text || "") : "" });
        }),
      });
    }
    return node("p", className, { style: style, action: action, text: String(text.text || "") });
  }

  function renderButton(button, parentLayout, index) {
    var kind = button.style === "primary" || button.style === "secondary" ? button.style : "link";
    var style = itemStyle(button, parentLayout, index);
    var color = safeColor(button.color);
    if (color) style[kind === "link" ? "color" : "background-color"] = color;
    var action = actionOf(button.action);
    return node("button", "flex-button flex-button-" + kind + (button.height === "sm" ? " flex-button-sm" : ""), {
      style: style,
      action: action,
      text: action && typeof action.label === "string" ? action.label : "",
    });
  }

  function renderImage(image, parentLayout, index, className, sizes, defaultSize) {
    var style = itemStyle(image, parentLayout, index);
    var src = safeUrl(image.url);
    set(style, "width", length(image.size || defaultSize, sizes));
    if (typeof image.aspectRatio === "string" && /^\d+:\d+$/.test(image.aspectRatio)) {
      style["aspect-ratio"] = image.aspectRatio.replace(":", " / ");
    }
    style["object-fit"] = image.aspectMode === "cover" ? "cover" : "contain";
    set(style, "background-color", safeColor(image.backgroundColor));
    if (!src) return node("div", className + " flex-missing", { style: style, text: "[รูปภาพ]" });
    return node("img", className, { style: style, attrs: { src: src, alt: "" }, action: actionOf(image.action) });
  }

  function renderComponent(component, parentLayout, index) {
    if (!isObject(component)) return node("div", "flex-unknown", { text: "[?]" });
    switch (component.type) {
      case "box":
        return renderBox(component, parentLayout, index);
      case "text":
        return renderText(component, parentLayout, index);
      case "button":
        return renderButton(component, parentLayout, index);
      case "image":
        return renderImage(component, parentLayout, index, "flex-image", IMAGE_SIZES, "md");
      case "icon":
        return renderImage(component, parentLayout, index, "flex-icon", TEXT_SIZES, "md");
      case "video":
        return renderImage({ url: component.previewUrl, aspectRatio: component.aspectRatio, size: "full" }, parentLayout, index, "flex-image flex-video", IMAGE_SIZES, "full");
      case "separator": {
        var style = itemStyle(component, parentLayout, index);
        var horizontal = parentLayout === "horizontal" || parentLayout === "baseline";
        style[horizontal ? "border-left" : "border-top"] = "1px solid " + (safeColor(component.color) || DEFAULT_SEPARATOR);
        if (horizontal) style["align-self"] = "stretch";
        return node("div", "flex-separator", { style: style });
      }
      case "filler":
        return node("div", "flex-filler", { style: { flex: (typeof component.flex === "number" ? component.flex : 1) + " 1 0" } });
      case "spacer": {
        var size = length(component.size || "md", SPACING);
        var spacerStyle = {};
        spacerStyle[parentLayout === "vertical" ? "height" : "width"] = size;
        spacerStyle.flex = "0 0 auto";
        return node("div", "flex-spacer", { style: spacerStyle });
      }
      default:
        return node("div", "flex-unknown", { text: "[" + String(component.type) + "]" });
    }
  }

  function renderBubble(bubble) {
    var styles = isObject(bubble.styles) ? bubble.styles : {};
    var blocks = [];
    BLOCKS.forEach(function (name) {
      var content = bubble[name];
      if (!isObject(content)) return;
      var blockStyle = isObject(styles[name]) ? styles[name] : {};
      var style = {};
      set(style, "background-color", safeColor(blockStyle.backgroundColor));
      if (blockStyle.separator === true) style["border-top"] = "1px solid " + (safeColor(blockStyle.separatorColor) || DEFAULT_SEPARATOR);
      blocks.push(node("div", "flex-block flex-" + name, { style: style, children: [renderComponent(content, "vertical", 0)] }));
    });
    var size = BUBBLE_SIZES[bubble.size] || "mega";
    return node("div", "flex-bubble flex-bubble-" + size, { action: actionOf(bubble.action), children: blocks });
  }

  /** Renders a flex container (bubble or carousel). */
  function flexToNodes(container) {
    if (isObject(container) && container.type === "carousel" && Array.isArray(container.contents)) {
      return node("div", "flex-carousel", {
        children: container.contents.map(function (bubble) {
          return isObject(bubble) ? renderBubble(bubble) : node("div", "flex-unknown", { text: "[?]" });
        }),
      });
    }
    if (isObject(container) && container.type === "bubble") return renderBubble(container);
    return node("div", "flex-unknown", { text: "[flex]" });
  }

  function templateColumn(column, title, text, actions) {
    var children = [];
    var image = safeUrl(column.thumbnailImageUrl || column.imageUrl);
    if (image) children.push(node("img", "template-image", { attrs: { src: image, alt: "" } }));
    if (typeof title === "string" && title) children.push(node("p", "template-title", { text: title }));
    if (typeof text === "string" && text) children.push(node("p", "template-text", { text: text }));
    var buttons = (Array.isArray(actions) ? actions : []).map(function (action) {
      var checked = actionOf(action);
      return node("button", "template-button", { action: checked, text: checked && typeof checked.label === "string" ? checked.label : "" });
    });
    if (buttons.length > 0) children.push(node("div", "template-actions", { children: buttons }));
    return node("div", "template-card", { action: actionOf(column.defaultAction), children: children });
  }

  /** Renders a template message's `template` (buttons, confirm, carousel, image_carousel). */
  function templateToNodes(template) {
    if (!isObject(template)) return node("div", "flex-unknown", { text: "[template]" });
    if (template.type === "carousel" || template.type === "image_carousel") {
      var columns = Array.isArray(template.columns) ? template.columns : [];
      return node("div", "flex-carousel", {
        children: columns.map(function (column) {
          if (!isObject(column)) return node("div", "flex-unknown", { text: "[?]" });
          var actions = template.type === "image_carousel" ? [column.action] : column.actions;
          return templateColumn(column, column.title, column.text, actions);
        }),
      });
    }
    var card = templateColumn(template, template.title, template.text, template.actions);
    if (template.type === "confirm") card.className += " template-confirm";
    return card;
  }

  return { flexToNodes: flexToNodes, templateToNodes: templateToNodes, safeUrl: safeUrl, safeColor: safeColor };
});
