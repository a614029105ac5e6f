// The page of entitas serve: sends the pasted text to POST /v1/extract and shows the
// answer. No framework and nothing from other servers. Offsets in the answer are bytes of
// the UTF-8 text; they are turned into string indices here. Text from the article and the
// answer only ever reaches the page through textContent, never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const textBox = $("text"), goBtn = $("go"), errBox = $("error"), results = $("results");
  const docEl = $("doc"), tip = $("tip"), legendEl = $("legend");
  const hidden = new Set(); // entity types switched off in the legend
  let types = ["COUNTRY", "LOCATION", "LEADER", "PERSON", "ORGANIZATION", "WEAPON"]; // until /v1/info says
  let current = null; // {text, doc} of the last answer

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function headers(extra) {
    const h = Object.assign({}, extra);
    const tok = sessionStorage.getItem("entitas-token");
    if (tok) h["Authorization"] = "Bearer " + tok;
    return h;
  }

  function showError(msg) {
    errBox.textContent = msg;
    errBox.hidden = !msg;
  }

  // byteToIndex returns, for each byte offset of s's UTF-8 form, the index in s where the
  // character holding that byte starts.
  function byteToIndex(s) {
    const map = [];
    let i = 0;
    while (i < s.length) {
      const cp = s.codePointAt(i);
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // a lone surrogate is sent as U+FFFD, 3 bytes
      for (let k = 0; k < n; k++) map.push(i);
      i += cp > 0xffff ? 2 : 1;
    }
    map.push(s.length);
    return map;
  }

  // clean sorts spans and drops those out of range or overlapping an earlier one.
  function clean(spans, nbytes) {
    spans.sort((a, b) => a.start - b.start);
    const out = [];
    let end = 0;
    for (const s of spans) {
      if (s.start >= end && s.start < s.end && s.end <= nbytes) {
        out.push(s);
        end = s.end;
      }
    }
    return out;
  }

  function speakerName(q) {
    return q.speaker ? (q.speaker.name || q.speaker.text) : "";
  }

  // render writes the text with quotes, entities and speaker mentions as nested elements,
  // in that order from the outside; where spans of different layers cross, the inner one
  // is cut and opened again, so the elements always nest.
  function render(text, doc) {
    const b2i = byteToIndex(text);
    const nbytes = b2i.length - 1;
    const layers = [
      clean(doc.quotes.map((q, k) => ({ start: q.start, end: q.end, kind: "q", k })), nbytes),
      clean(doc.entities.map((e, k) => ({ start: e.start, end: e.end, kind: "e", k })), nbytes),
      clean(doc.quotes.filter((q) => q.speaker).map((q) => ({ start: q.speaker.start, end: q.speaker.end, kind: "s", q })), nbytes),
    ];
    const cutSet = new Set([0, nbytes]);
    for (const l of layers) for (const s of l) { cutSet.add(s.start); cutSet.add(s.end); }
    const cuts = Array.from(cutSet).sort((a, b) => a - b);
    const next = layers.map(() => 0);
    const stack = []; // open elements: {layer, span, el}
    const frag = document.createDocumentFragment();
    const top = () => (stack.length ? stack[stack.length - 1].el : frag);
    const seen = new Set(); // quotes whose first piece got its id

    function active(i, a) {
      const l = layers[i];
      while (next[i] < l.length && l[next[i]].end <= a) next[i]++;
      return next[i] < l.length && l[next[i]].start <= a ? l[next[i]] : null;
    }
    function close(a) {
      const o = stack.pop();
      if (o.span.end !== a) return; // cut, not ended
      if (o.span.kind === "e") {
        o.el.appendChild(el("span", "l", doc.entities[o.span.k].type));
      } else if (o.span.kind === "q") {
        top().appendChild(badge(doc.quotes[o.span.k], o.span.k));
      }
    }
    function open(i, s) {
      let e;
      if (s.kind === "q") {
        e = el("span", "q");
        e.dataset.q = s.k;
        e.dataset.start = s.start;
        e.dataset.end = s.end;
        if (!seen.has(s.k)) { e.id = "q" + (s.k + 1); seen.add(s.k); }
      } else if (s.kind === "e") {
        const ent = doc.entities[s.k];
        e = el("mark", "e t-" + ent.type + (hidden.has(ent.type) ? " off" : ""));
        e.dataset.k = s.k;
        e.dataset.type = ent.type;
        e.dataset.start = s.start;
        e.dataset.end = s.end;
        e.tabIndex = 0;
      } else {
        e = el("span", "spk");
        e.title = "speaker: " + speakerName(s.q);
      }
      top().appendChild(e);
      stack.push({ layer: i, span: s, el: e });
    }

    for (let c = 0; c + 1 < cuts.length; c++) {
      const a = cuts[c], z = cuts[c + 1];
      const now = layers.map((_, i) => active(i, a));
      let first = layers.length;
      for (let i = 0; i < layers.length; i++) {
        const o = stack.find((x) => x.layer === i);
        if ((o ? o.span : null) !== now[i]) { first = i; break; }
      }
      while (stack.length && stack[stack.length - 1].layer >= first) close(a);
      for (let i = first; i < layers.length; i++) if (now[i]) open(i, now[i]);
      top().appendChild(document.createTextNode(text.slice(b2i[a], b2i[z])));
    }
    while (stack.length) close(nbytes);
    docEl.replaceChildren(frag);
  }

  // badge is the speaker label after a quote.
  function badge(q, k) {
    const name = speakerName(q);
    const b = el("span", name ? "who" : "who none", name || "?");
    b.title = name ? "quote " + (k + 1) + ", said by " + name + (q.cue ? " (cue: " + q.cue + ")" : "") : "no speaker found";
    return b;
  }

  function legend(doc) {
    const counts = {};
    for (const e of doc.entities) counts[e.type] = (counts[e.type] || 0) + 1;
    legendEl.replaceChildren();
    for (const t of types) {
      const b = el("button", "chip t-" + t + (hidden.has(t) ? " off" : ""));
      b.type = "button";
      b.setAttribute("aria-pressed", String(!hidden.has(t)));
      b.title = "show or hide " + t;
      b.append(t + " ", el("b", "", String(counts[t] || 0)));
      b.addEventListener("click", () => toggle(t));
      legendEl.appendChild(b);
    }
    const q = el("span", "chip q", "“quote” ");
    q.appendChild(el("b", "", String(doc.quotes.length)));
    legendEl.appendChild(q);
    legendEl.appendChild(el("span", "who", "speaker"));
  }

  function toggle(t) {
    if (hidden.has(t)) hidden.delete(t); else hidden.add(t);
    for (const m of docEl.querySelectorAll("mark.e")) m.classList.toggle("off", hidden.has(m.dataset.type));
    for (const b of legendEl.querySelectorAll(".chip.t-" + t)) {
      b.classList.toggle("off", hidden.has(t));
      b.setAttribute("aria-pressed", String(!hidden.has(t)));
    }
    for (const li of $("names").children) li.hidden = hidden.has(li.dataset.type);
  }

  function flash(node) {
    node.scrollIntoView({ behavior: "smooth", block: "center" });
    node.classList.remove("flash");
    void node.offsetWidth; // restart the animation
    node.classList.add("flash");
  }

  function quoteList(doc) {
    const ol = $("quotes");
    ol.replaceChildren();
    doc.quotes.forEach((q, k) => {
      const li = el("li");
      li.dataset.q = k;
      li.tabIndex = 0;
      li.appendChild(badge(q, k));
      const cp = Array.from(q.text); // by characters, so that no emoji is cut in half
      const t = cp.length > 220 ? cp.slice(0, 210).join("") + " … " + cp.slice(-8).join("") : q.text;
      li.appendChild(el("span", "qt", t));
      if (q.cue) li.appendChild(el("span", "cue", q.cue));
      const go = () => { const n = $("q" + (k + 1)); if (n) flash(n); };
      li.addEventListener("click", go);
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(); });
      ol.appendChild(li);
    });
    $("qcount").textContent = doc.quotes.length;
    if (!doc.quotes.length) ol.appendChild(el("li", "none", "No direct quotes found."));
  }

  // nameList lists what the article names, one line per id, most mentioned first; a click
  // goes to the next mention.
  function nameList(doc) {
    const byID = new Map();
    doc.entities.forEach((e, k) => {
      const key = e.type + " " + (e.id || e.text);
      if (!byID.has(key)) byID.set(key, { e, ks: [] });
      byID.get(key).ks.push(k);
    });
    const ul = $("names");
    ul.replaceChildren();
    const rows = Array.from(byID.values()).sort((a, b) => b.ks.length - a.ks.length || a.ks[0] - b.ks[0]);
    for (const r of rows) {
      const li = el("li");
      li.dataset.type = r.e.type;
      li.hidden = hidden.has(r.e.type);
      li.tabIndex = 0;
      li.appendChild(el("span", "dot t-" + r.e.type));
      li.appendChild(el("span", "nm", r.e.name || r.e.text));
      if (r.e.role) li.appendChild(el("span", "role", r.e.role));
      li.appendChild(el("span", "n", "×" + r.ks.length));
      let i = 0;
      const go = () => {
        const m = docEl.querySelector('mark.e[data-k="' + r.ks[i % r.ks.length] + '"]');
        i++;
        if (m) flash(m);
      };
      li.addEventListener("click", go);
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(); });
      ul.appendChild(li);
    }
    $("ncount").textContent = rows.length;
  }

  function showTip(m) {
    const e = current && current.doc.entities[m.dataset.k];
    if (!e) return;
    tip.replaceChildren();
    const head = el("div", "th");
    head.appendChild(el("span", "chip t-" + e.type, e.type));
    head.appendChild(el("b", "", e.name || e.text));
    tip.appendChild(head);
    const dl = el("dl");
    for (const [k, v] of [["id", e.id], ["role", e.role], ["country", e.country], ["source", e.source],
      ["text", "“" + e.text + "” [" + e.start + ":" + e.end + "]"]]) {
      if (!v) continue;
      dl.append(el("dt", "", k), el("dd", "", v));
    }
    tip.appendChild(dl);
    tip.hidden = false;
    const r = m.getBoundingClientRect();
    const w = tip.offsetWidth, h = tip.offsetHeight;
    let x = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
    let y = r.bottom + 6;
    if (y + h > window.innerHeight - 8) y = r.top - h - 6;
    tip.style.left = x + window.scrollX + "px";
    tip.style.top = y + window.scrollY + "px";
  }

  docEl.addEventListener("mouseover", (ev) => {
    const m = ev.target.closest("mark.e");
    if (m) showTip(m); else tip.hidden = true;
  });
  docEl.addEventListener("mouseleave", () => { tip.hidden = true; });
  docEl.addEventListener("focusin", (ev) => { if (ev.target.matches("mark.e")) showTip(ev.target); });
  docEl.addEventListener("focusout", () => { tip.hidden = true; });

  function showSize() {
    const n = new TextEncoder().encode(textBox.value).length;
    $("size").textContent = n ? n.toLocaleString("en") + " bytes" : "";
  }

  async function extract() {
    const text = textBox.value;
    showError("");
    if (!text.trim()) { showError("Paste or type an article first."); return; }
    goBtn.disabled = true;
    goBtn.textContent = "Extracting…";
    const t0 = performance.now();
    try {
      const res = await fetch("v1/extract", {
        method: "POST",
        headers: headers({ "Content-Type": "text/plain; charset=utf-8" }),
        body: new TextEncoder().encode(text),
      });
      const body = await res.text();
      if (res.status === 401) {
        $("tokenbox").hidden = false;
        $("token").focus();
        showError("This server wants a token: enter it beside the buttons and extract again.");
        return;
      }
      if (!res.ok) {
        let msg = body;
        try { msg = JSON.parse(body).error; } catch (_) { /* not JSON */ }
        showError("The server answered " + res.status + ": " + msg);
        return;
      }
      const doc = JSON.parse(body);
      const ms = performance.now() - t0;
      current = { text, doc };
      render(text, doc);
      legend(doc);
      quoteList(doc);
      nameList(doc);
      $("summary").textContent = doc.entities.length + " entities, " + doc.quotes.length +
        " quotes · " + Math.round(ms) + " ms";
      $("json").textContent = JSON.stringify(doc, null, 2);
      results.hidden = false;
      document.body.dataset.state = "done"; // for tests that load the page headless
    } catch (err) {
      showError("Could not reach the server: " + err.message);
    } finally {
      goBtn.disabled = false;
      goBtn.textContent = "Extract";
    }
  }

  goBtn.addEventListener("click", extract);
  $("clear").addEventListener("click", () => {
    textBox.value = "";
    results.hidden = true;
    showError("");
    showSize();
    textBox.focus();
  });
  textBox.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); extract(); }
  });
  textBox.addEventListener("input", showSize);
  $("token").addEventListener("change", (ev) => {
    sessionStorage.setItem("entitas-token", ev.target.value.trim());
    loadInfo();
  });

  // size writes a number of bytes for people: 2 MiB, 500 KiB, 100 bytes.
  function size(n) {
    const f = (x) => x.toFixed(1).replace(/\.0$/, "");
    return n >= 1048576 ? f(n / 1048576) + " MiB" : n >= 1024 ? f(n / 1024) + " KiB" : n + " bytes";
  }

  async function loadInfo() {
    try {
      const res = await fetch("v1/info", { headers: headers() });
      if (!res.ok) return;
      const info = await res.json();
      if (Array.isArray(info.types) && info.types.length) types = info.types;
      const files = (info.gazetteer.files || []).map((f) => f.as_of).filter(Boolean).sort();
      $("about").textContent = "entitas " + info.version + " · gazetteer of " +
        info.gazetteer.entries.toLocaleString("en") + " entries" +
        (files.length ? ", facts as of " + files[files.length - 1] : "") +
        " · up to " + size(info.limits.max_bytes) + " a text";
    } catch (_) { /* the page works without it */ }
  }

  // A link to the page can carry an article: /#text=… (the fragment never reaches the
  // server's logs); the page fills the box and extracts it.
  const m = location.hash.match(/^#text=(.*)$/s);
  loadInfo().then(() => {
    if (m) {
      try { textBox.value = decodeURIComponent(m[1]); } catch (_) { textBox.value = m[1]; }
      showSize();
      extract();
    }
  });
})();
