// Selecting words in the document text fills the "add a missed record" form (start/end in characters of
// the text, counted as Python counts them: code points). Without JavaScript the two fields are typed.
(function () {
  "use strict";
  var text = document.getElementById("doctext");
  var form = document.getElementById("add");
  if (!text || !form) return;
  var preview = document.getElementById("sel-preview");

  function offset(node, off) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    while (el && el !== text && !el.hasAttribute("data-start")) el = el.parentElement;
    if (!el || el === text) return null;
    var data = node.nodeType === 3 ? node.data : el.textContent;
    if (node.nodeType !== 3) off = off === 0 ? 0 : data.length;
    return Number(el.getAttribute("data-start")) + Array.from(data.slice(0, off)).length;
  }

  function update() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    var r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
    var a = offset(r.startContainer, r.startOffset), b = offset(r.endContainer, r.endOffset);
    if (a === null || b === null || a === b) return;
    form.elements.start.value = Math.min(a, b);
    form.elements.end.value = Math.max(a, b);
    preview.hidden = false;
    preview.textContent = "Selected: “" + sel.toString().slice(0, 160) + "”";
  }

  text.addEventListener("mouseup", update);
  text.addEventListener("keyup", update);
})();
