// The review page of redactor: decisions on findings, manual additions,
// generalisations, and the decisions.json export (see redactor/decisions.py
// for the format). No network: everything comes from the JSON block
// #report-data; the SHA-256 below is computed here because crypto.subtle is
// not available to pages opened from a file on every browser.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var N = D.names;
  var CPS = Array.from(D.text);           // code points: Python's offsets
  var F = D.findings;
  var byId = {};
  F.forEach(function (f) { byId[f.id] = f; });
  var STORE = "redactor-review:" + D.document.sha256;
  var ACTION_ORDER = ["REVIEW", "MASK", "KEEP"];
  var textEl = document.getElementById("text");
  var $ = function (sel) { return document.querySelector(sel); };
  var state = { decisions: {}, manual: [], gens: {}, reviewer: "", nextManual: 1, regions: [], nextRegion: 1 };
  var P = D.pages || [];                  // pages read by OCR: their image is in the markup (#pages)
  var pageByNo = {};
  P.forEach(function (p) { pageByNo[p.page] = p; });
  var filters = { actions: { MASK: true, REVIEW: true, KEEP: true, MANUAL: true }, labels: {} };
  var selected = null;
  var pendingSel = null;

  // -- SHA-256 (FIPS 180-4) over UTF-8 --------------------------------------
  var K = [0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];
  function sha256hex(str) {
    var bytes = new TextEncoder().encode(str);
    var n = ((bytes.length + 9 + 63) >> 6) * 64;
    var buf = new Uint8Array(n);
    buf.set(bytes);
    buf[bytes.length] = 0x80;
    var dv = new DataView(buf.buffer);
    var bits = bytes.length * 8;
    dv.setUint32(n - 4, bits >>> 0);
    dv.setUint32(n - 8, Math.floor(bits / 4294967296));
    var H = new Uint32Array([0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19]);
    var W = new Uint32Array(64);
    for (var o = 0; o < n; o += 64) {
      for (var t = 0; t < 16; t++) W[t] = dv.getUint32(o + t * 4);
      for (t = 16; t < 64; t++) {
        var x = W[t - 15], y = W[t - 2];
        var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
      }
      var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (t = 0; t < 64; t++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      H[0] += a; H[1] += b; H[2] += c; H[3] += d; H[4] += e; H[5] += f; H[6] += g; H[7] += h;
    }
    return Array.prototype.map.call(H, function (v) { return ("00000000" + v.toString(16)).slice(-8); }).join("");
  }
  window.redactorSha256 = sha256hex;  // for the tests: the page and Python must agree

  // -- small helpers --------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function slice(s, e) { return CPS.slice(s, e).join(""); }
  function excerpt(s, e, n) { var t = slice(s, e).replace(/\s+/g, " "); return t.length > n ? t.slice(0, n) + "…" : t; }
  function labelName(l) { return (N.labels[l] || {}).name || l; }
  function actionName(a) { return (N.actions[a] || {}).name || a; }
  var lineStarts = [0];
  CPS.forEach(function (ch, i) { if (ch === "\n") lineStarts.push(i + 1); });
  function lineOf(off) {
    var lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= off) lo = mid; else hi = mid - 1; }
    return lo + 1;
  }
  var marks = {};  // marks are rendered once by Python and never rebuilt
  Array.prototype.forEach.call(textEl.querySelectorAll("mark.f[data-id]"), function (m) { marks[m.getAttribute("data-id")] = m; });
  function markOf(id) { return marks[id] || null; }
  function chip(label) { return el("span", { "class": "chip", "data-label": label, text: labelName(label) }); }

  // -- what the page currently says about each finding ------------------------
  var subjectsById = {};
  D.risk.forEach(function (s) { subjectsById[s.id] = s; });
  function generalisedTo(f) {  // text the finding becomes under an accepted generalisation
    for (var i = 0; i < D.risk.length; i++) {
      var s = D.risk[i];
      if (state.gens[s.id] !== "accept") continue;
      for (var j = 0; j < (s.replacements || []).length; j++) if (s.replacements[j].id === f.id) return s.replacements[j].text;
    }
    return null;
  }
  function settledByGeneralisation(f) {
    return D.risk.some(function (s) { return state.gens[s.id] === "accept" && s.settles && s.finding_ids.indexOf(f.id) >= 0; });
  }
  function inManual(f) {
    return state.manual.some(function (m) { return f.start < m.end && m.start < f.end; });
  }
  // The effective action, in the order redactor/decisions.py applies them.
  function effective(f) {
    if (inManual(f)) return { action: "MASK", human: true, why: "手動追加の範囲に含まれる" };
    var d = state.decisions[f.id];
    if (d) return { action: d, human: true, why: "確認者の判断" };
    var g = generalisedTo(f);
    if (g !== null) return { action: "MASK", human: true, gen: g, why: "一般化を採用" };
    if (settledByGeneralisation(f)) return { action: "KEEP", human: true, why: "一般化を採用（他の属性の一般化で足りる）" };
    return { action: f.action, human: false, why: "" };
  }
  function badgeText(eff) {
    if (eff.gen) return "一般化→" + eff.gen;
    return (eff.human ? "✔" : "") + actionName(eff.action);
  }
  function badge(eff) {
    return el("span", { "class": "badge", "data-action": eff.action, "data-human": eff.human && !eff.gen ? "1" : null,
                        text: eff.gen ? "一般化→" + eff.gen : actionName(eff.action) });
  }
  function visible(f, eff) {
    return filters.actions[eff.action] !== false && filters.labels[f.label] !== false;
  }

  // -- painting ---------------------------------------------------------------
  function paintMarks() {
    F.forEach(function (f) {
      var m = markOf(f.id);
      if (!m) return;
      var eff = effective(f);
      m.setAttribute("data-action", eff.action);
      m.setAttribute("data-badge", badgeText(eff));
      if (eff.human) m.setAttribute("data-human", "1"); else m.removeAttribute("data-human");
      if (eff.gen) m.setAttribute("data-gen", "1"); else m.removeAttribute("data-gen");
      m.classList.toggle("dim", !visible(f, eff));
      m.title = labelName(f.label) + "・" + actionName(eff.action) + (eff.human ? "（" + eff.why + "）" : "") + ": " + f.reason;
      m.setAttribute("aria-label", labelName(f.label) + "、" + badgeText(eff) + "、" + slice(f.start, f.end));
    });
  }
  function segs() { return Array.prototype.slice.call(textEl.querySelectorAll(".seg")); }
  function segLen(sg) { return Array.from(sg.textContent).length; }
  function splitAt(off) {
    var all = segs();
    for (var i = 0; i < all.length; i++) {
      var sg = all[i], s = +sg.getAttribute("data-s"), t = Array.from(sg.textContent);
      if (off > s && off < s + t.length) {
        sg.textContent = t.slice(0, off - s).join("");
        var rest = sg.cloneNode(false);
        rest.setAttribute("data-s", String(off));
        rest.textContent = t.slice(off - s).join("");
        sg.parentNode.insertBefore(rest, sg.nextSibling);
        return;
      }
    }
  }
  function paintManual() {
    segs().forEach(function (sg) { sg.classList.remove("manual", "manual-end"); sg.removeAttribute("data-manual"); });
    state.manual.forEach(function (m) {
      splitAt(m.start); splitAt(m.end);
      var last = null;
      segs().forEach(function (sg) {
        var s = +sg.getAttribute("data-s");
        if (s >= m.start && s < m.end) { sg.classList.add("manual"); sg.setAttribute("data-manual", m.id); last = sg; }
      });
      if (last && filters.actions.MANUAL !== false) last.classList.add("manual-end");
      if (filters.actions.MANUAL === false && last) segs().forEach(function (sg) { if (sg.getAttribute("data-manual") === m.id) sg.classList.remove("manual"); });
    });
  }
  function counts() {
    var c = { MASK: 0, REVIEW: 0, KEEP: 0, human: 0 };
    F.forEach(function (f) { var e = effective(f); c[e.action]++; if (e.human) c.human++; });
    return c;
  }
  function paintTotals() {
    var c = counts();
    $("#n-mask").textContent = c.MASK;
    $("#n-review").textContent = c.REVIEW;
    $("#n-keep").textContent = c.KEEP;
    var extras = [];
    if (c.human) extras.push("確認者の判断 " + c.human + "件");
    if (state.manual.length) extras.push("手動追加 " + state.manual.length + "件");
    $("#n-human").textContent = extras.join("・");
    var p = $("#progress");
    p.textContent = "";
    if (c.REVIEW) {
      p.appendChild(document.createTextNode("要確認が残り "));
      p.appendChild(el("b", { text: String(c.REVIEW) }));
      p.appendChild(document.createTextNode(" 件です（判断しないものは非公開として書き出されます）。R キーで次の要確認へ。"));
    } else {
      p.textContent = "要確認はありません。内容を確認したら判断を書き出してください。";
    }
  }

  // -- the side panel ---------------------------------------------------------
  function itemButton(f) {
    var eff = effective(f);
    var b = el("button", { type: "button", "class": "item" + (selected === f.id ? " sel" : ""), "data-id": f.id },
      [badge(eff), el("span", { "class": "excerpt", text: excerpt(f.start, f.end, 28) }),
       el("span", { "class": "where", text: lineOf(f.start) + "行" })]);
    b.addEventListener("click", function () { select(f.id, true); });
    return b;
  }
  function renderList() {
    var box = $("#finding-list");
    box.textContent = "";
    var labels = Object.keys(N.labels).filter(function (l) { return F.some(function (f) { return f.label === l; }); });
    F.forEach(function (f) { if (labels.indexOf(f.label) < 0) labels.push(f.label); });
    if (!F.length) box.appendChild(el("p", { "class": "empty", text: "検出はありません。" }));
    labels.forEach(function (l) {
      var mine = F.filter(function (f) { return f.label === l; });
      var per = {};
      mine.forEach(function (f) { var a = effective(f).action; (per[a] = per[a] || []).push(f); });
      var shown = mine.filter(function (f) { return visible(f, effective(f)); });
      var summaryParts = ACTION_ORDER.filter(function (a) { return per[a]; }).map(function (a) { return actionName(a) + per[a].length; });
      var det = el("details", { "class": "group", "data-label": l, open: per.REVIEW || openGroups[l] ? "" : null, hidden: shown.length ? null : "" });
      det.addEventListener("toggle", function () { openGroups[l] = det.open; });
      det.appendChild(el("summary", {}, [chip(l), el("span", { "class": "count", text: mine.length + "件（" + summaryParts.join("・") + "）" })]));
      ACTION_ORDER.forEach(function (a) {
        var list = (per[a] || []).filter(function (f) { return visible(f, effective(f)); });
        if (!list.length) return;
        det.appendChild(el("h4", { text: actionName(a) + "（" + list.length + "件）" }));
        var ul = el("ul", { "class": "items" });
        list.forEach(function (f) { ul.appendChild(el("li", {}, [itemButton(f)])); });
        det.appendChild(ul);
      });
      box.appendChild(det);
    });
  }
  var openGroups = {};
  function renderFilters() {
    var fa = $("#filter-actions");
    ["REVIEW", "MASK", "KEEP", "MANUAL"].forEach(function (a) {
      var id = "fa-" + a;
      var cb = el("input", { type: "checkbox", id: id, checked: "" });
      cb.addEventListener("change", function () { filters.actions[a] = cb.checked; refresh(); });
      fa.appendChild(el("label", { "for": id }, [cb, el("span", { "class": "badge", "data-action": a, text: a === "MANUAL" ? "手動追加" : actionName(a) })]));
    });
    var fl = $("#filter-labels");
    var present = Object.keys(N.labels).filter(function (l) { return F.some(function (f) { return f.label === l; }); });
    present.forEach(function (l) {
      var id = "fl-" + l;
      var n = F.filter(function (f) { return f.label === l; }).length;
      var cb = el("input", { type: "checkbox", id: id, checked: "" });
      cb.addEventListener("change", function () { filters.labels[l] = cb.checked; refresh(); });
      fl.appendChild(el("label", { "for": id }, [cb, chip(l), " " + n]));
    });
    if (!present.length) fl.hidden = true;
  }
  function renderSecurity() {
    var ul = $("#security-list");
    ul.textContent = "";
    var sec = F.filter(function (f) { return ["SECURITY_DETAIL", "DATA_CENTER", "NETWORK", "CREDENTIAL"].indexOf(f.label) >= 0; });
    if (!sec.length) { ul.appendChild(el("li", { "class": "empty", text: "セキュリティ上の記述は検出されていません。" })); return; }
    sec.forEach(function (f) {
      var cat = f.category ? (N.categories[f.category] || f.category) : labelName(f.label);
      var b = itemButton(f);
      b.insertBefore(el("span", { "class": "chip", "data-label": f.label, text: cat + (f.attributes.generic ? "（一般的）" : "") }), b.children[1]);
      ul.appendChild(el("li", {}, [b]));
    });
  }
  function renderRisk() {
    var box = $("#risk-list");
    box.textContent = "";
    if (!D.risk.length) { box.appendChild(el("p", { "class": "empty", text: "複数の属性で個人が特定されそうな記述は見つかっていません。" })); return; }
    D.risk.slice().sort(function (a, b) { return (a.level === "high" ? 0 : 1) - (b.level === "high" ? 0 : 1); }).forEach(function (s) {
      var high = s.level === "high";
      var card = el("article", { "class": "risk-card level-" + s.level, "data-subject": s.id });
      card.appendChild(el("h3", {}, [
        el("span", { "class": "level", text: "リスク" + ((N.risk_levels || {})[s.level] || s.level) }),
        el("span", { text: "推定 k≈" + Number(s.estimate).toFixed(1) + " 人" }),
        el("span", { "class": "where", text: lineOf(s.spans[0][0]) + "行" })]));
      var combo = el("p", { "class": "combo" }, [el("span", { text: "組み合わせ：" })]);
      (s.combination || []).forEach(function (c, i) {
        var fid = s.finding_ids[i];
        var b = el("button", { type: "button", "class": "combo-item", title: "本文で表示" }, [chip(c.label), " " + c.text]);
        if (fid) b.addEventListener("click", function () { select(fid, true); }); else b.disabled = true;
        combo.appendChild(b);
      });
      card.appendChild(combo);
      var why = "この組み合わせに当てはまる人は約 " + Number(s.estimate).toFixed(1) + " 人と推定。最も絞り込む属性：" + labelName(s.top_attribute);
      if (s.incident) why += "。事案「" + s.incident + "」";
      card.appendChild(el("p", { text: why }));
      if (high && s.suggestion && s.suggestion.length) {
        card.appendChild(el("p", { "class": "suggest", text: "一般化の提案：" + s.suggestion.join("、") +
          (s.k_after !== null && s.k_after !== undefined ? "（一般化後 k≈" + Number(s.k_after).toFixed(1) + "）" : "") }));
        var acc = el("button", { type: "button", "data-gen": "accept", "aria-pressed": state.gens[s.id] === "accept" ? "true" : "false", text: "一般化を採用" });
        var rej = el("button", { type: "button", "data-gen": "reject", "aria-pressed": state.gens[s.id] === "reject" ? "true" : "false", text: "採用しない" });
        acc.addEventListener("click", function () { setGen(s.id, "accept"); });
        rej.addEventListener("click", function () { setGen(s.id, "reject"); });
        card.appendChild(el("div", { "class": "row" }, [acc, rej]));
        var st = state.gens[s.id] === "accept" ? "✔ 採用：公開版では提案どおり一般化します" :
                 state.gens[s.id] === "reject" ? "✔ 不採用：各属性は要確認のまま（判断しなければ非公開）" : "未判断";
        card.appendChild(el("p", { "class": "state", text: st }));
      } else if (high) {
        card.appendChild(el("p", { text: "一般化の提案はありません。各属性を個別に判断してください。" }));
      }
      box.appendChild(card);
    });
  }
  function renderManual() {
    var ul = $("#manual-list");
    ul.textContent = "";
    state.manual.forEach(function (m) {
      var go = el("button", { type: "button", "class": "item" }, [
        el("span", { "class": "badge", "data-action": "MANUAL", text: "✔手動" }), chip(m.label),
        el("span", { "class": "excerpt", text: excerpt(m.start, m.end, 24) }),
        el("span", { "class": "where", text: lineOf(m.start) + "行" })]);
      go.addEventListener("click", function () { showManual(m); });
      var del = el("button", { type: "button", "aria-label": "手動追加を削除：" + excerpt(m.start, m.end, 20), text: "削除" });
      del.addEventListener("click", function () {
        state.manual = state.manual.filter(function (x) { return x.id !== m.id; });
        changed();
        status("#manual-status", "手動追加を削除しました。", "ok");
      });
      ul.appendChild(el("li", { "class": "manual-item" }, [go, del]));
    });
  }
  function renderDetail() {
    var body = $("#detail-body");
    body.textContent = "";
    var f = selected && byId[selected];
    if (!f) { body.appendChild(el("p", { "class": "hint", text: "本文の色付きの箇所をクリックするか、Tab / N / P キーで選んでください。" })); return; }
    var eff = effective(f);
    body.appendChild(el("p", {}, [chip(f.label), " ", badge(eff), eff.human ? " " + eff.why : ""]));
    body.appendChild(el("blockquote", { "class": "detail-text", text: slice(f.start, f.end) }));
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { text: v })); }
    row("理由", f.reason);
    row("ツールの判定", actionName(f.action));
    if (f.category) row("分類", (N.categories[f.category] || f.category) + (f.attributes.generic ? "（どの自治体にもある一般的な記述）" : ""));
    if (f.attributes.role) row("立場", { official: "公務（職名・役職つき）", "private": "私人", unclear: "不明" }[f.attributes.role] || f.attributes.role);
    if (f.attributes.kind && !f.category) row("種類", String(f.attributes.kind));
    row("位置", lineOf(f.start) + "行目（" + f.start + "–" + f.end + "文字）");
    row("検出器", f.recognizer + "（確信度 " + f.score + "）");
    body.appendChild(dl);
    var d = state.decisions[f.id];
    var bm = el("button", { type: "button", "data-do": "MASK", "aria-pressed": d === "MASK" ? "true" : "false" }, ["非公開にする ", el("kbd", { text: "M" })]);
    var bk = el("button", { type: "button", "data-do": "KEEP", "aria-pressed": d === "KEEP" ? "true" : "false" }, ["公開する ", el("kbd", { text: "K" })]);
    var bu = el("button", { type: "button", "data-do": "reset", disabled: d ? null : "" }, ["判定に戻す ", el("kbd", { text: "U" })]);
    bm.addEventListener("click", function () { decide(f.id, "MASK"); });
    bk.addEventListener("click", function () { decide(f.id, "KEEP"); });
    bu.addEventListener("click", function () { decide(f.id, null); });
    body.appendChild(el("div", { "class": "row" }, [bm, bk, bu]));
    if (inManual(f)) body.appendChild(el("p", { "class": "hint", text: "手動追加の範囲に含まれるため、公開版では非公開になります。" }));
  }
  function refresh() {
    paintManual();
    paintMarks();
    paintPages();
    renderRegions();
    paintTotals();
    renderList();
    renderSecurity();
    renderRisk();
    renderManual();
    renderDetail();
  }
  function changed() {
    save();
    refresh();
  }

  // -- actions ----------------------------------------------------------------
  function select(id, focus) {
    var prev = selected && markOf(selected);
    if (prev) prev.classList.remove("sel");
    selected = id;
    var m = markOf(id);
    if (m) {
      m.classList.add("sel");
      if (focus) { m.focus({ preventScroll: true }); m.scrollIntoView({ block: "center" }); }
    }
    renderDetail();
    document.querySelectorAll(".obox.sel").forEach(function (b) { b.classList.remove("sel"); });
    document.querySelectorAll('.obox[data-id="' + id + '"]').forEach(function (b) { b.classList.add("sel"); });
    document.querySelectorAll(".item.sel").forEach(function (b) { b.classList.remove("sel"); });
    document.querySelectorAll('.item[data-id="' + id + '"]').forEach(function (b) { b.classList.add("sel"); });
  }
  function decide(id, action) {
    var f = byId[id];
    if (!f) return;
    if (action) state.decisions[id] = action; else delete state.decisions[id];
    changed();
    select(id, false);
  }
  function setGen(sid, choice) {
    if (state.gens[sid] === choice) delete state.gens[sid]; else state.gens[sid] = choice;
    changed();
  }
  function status(sel, text, kind) {
    var p = $(sel);
    p.textContent = text;
    p.className = "status" + (kind ? " " + kind : "");
  }
  function navigable() {
    return F.filter(function (f) { return markOf(f.id) && visible(f, effective(f)); });
  }
  function step(dir, onlyReview) {
    var list = navigable().filter(function (f) { return !onlyReview || effective(f).action === "REVIEW"; });
    if (!list.length) { if (onlyReview) status("#export-status", "要確認は残っていません。", "ok"); return; }
    var cur = selected ? byId[selected] : null;
    var pos = cur ? cur.start : (dir > 0 ? -1 : Infinity);
    var next = dir > 0 ? list.filter(function (f) { return f.start > pos; })[0] || list[0]
                       : list.filter(function (f) { return f.start < pos; }).pop() || list[list.length - 1];
    select(next.id, true);
  }

  // -- manual additions -------------------------------------------------------
  function cpLen(s) { return Array.from(s).length; }
  function pointOffset(node, off, isStart) {
    var parent = node.nodeType === 3 ? node.parentNode : null;
    if (parent && parent.classList && parent.classList.contains("seg") && textEl.contains(parent)) {
      return +parent.getAttribute("data-s") + cpLen(node.data.slice(0, off));
    }
    var point = document.createRange();
    point.setStart(node, off);
    point.collapse(true);
    var all = segs(), r = document.createRange(), last = 0;
    for (var i = 0; i < all.length; i++) {
      r.selectNodeContents(all[i]);
      if (isStart) {
        if (r.compareBoundaryPoints(Range.START_TO_START, point) >= 0) return +all[i].getAttribute("data-s");
      } else {
        if (r.compareBoundaryPoints(Range.END_TO_END, point) <= 0) last = +all[i].getAttribute("data-s") + segLen(all[i]);
        else break;
      }
    }
    return isStart ? CPS.length : last;
  }
  function selectionOffsets() {
    var sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
    var r = sel.getRangeAt(0);
    if (!textEl.contains(r.commonAncestorContainer)) return null;
    var s = pointOffset(r.startContainer, r.startOffset, true);
    var e = pointOffset(r.endContainer, r.endOffset, false);
    while (s < e && /\s/.test(CPS[s])) s++;
    while (e > s && /\s/.test(CPS[e - 1])) e--;
    return e > s ? { start: s, end: e } : null;
  }
  function addManual(span) {
    span = span || selectionOffsets() || pendingSel;
    if (!span) { status("#manual-status", "本文で非公開にしたい範囲を先に選択してください。", "error"); return false; }
    var dup = state.manual.some(function (m) { return m.start === span.start && m.end === span.end; });
    if (!dup) {
      var id = "M" + state.nextManual++;
      state.manual.push({ id: id, start: span.start, end: span.end, label: $("#manual-label").value || "MANUAL",
                          text_sha256: sha256hex(slice(span.start, span.end)) });
      state.manual.sort(function (a, b) { return a.start - b.start; });
    }
    var sel = window.getSelection();
    if (sel) sel.removeAllRanges();
    pendingSel = null;
    $("#float-add").hidden = true;
    changed();
    status("#manual-status", "「" + excerpt(span.start, span.end, 20) + "」を非公開に追加しました（" + lineOf(span.start) + "行）。", "ok");
    return true;
  }
  function showManual(m) {
    var first = segs().filter(function (sg) { return sg.getAttribute("data-manual") === m.id; });
    if (!first.length) return;
    first[0].scrollIntoView({ block: "center" });
    first.forEach(function (sg) { sg.classList.remove("flash"); void sg.offsetWidth; sg.classList.add("flash"); });
  }
  document.addEventListener("selectionchange", function () {
    var span = selectionOffsets();
    var btn = $("#float-add");
    if (!span) { btn.hidden = true; return; }
    pendingSel = span;
    var rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
    btn.style.left = Math.round(rect.left + window.scrollX) + "px";
    btn.style.top = Math.round(rect.bottom + window.scrollY + 6) + "px";
    btn.hidden = false;
  });
  document.getElementById("doc").addEventListener("scroll", function () { $("#float-add").hidden = true; });
  $("#float-add").addEventListener("mousedown", function (ev) { ev.preventDefault(); });  // keep the selection
  $("#float-add").addEventListener("click", function () { addManual(pendingSel); });
  $("#add-manual").addEventListener("click", function () { addManual(pendingSel); });

  // -- page images (OCR): the findings' boxes, and boxes drawn by the reviewer --
  // Boxes are kept in pixels of the OCR image (p.width x p.height), as
  // redactor/documents/ocr_pages.py paints them; the shown image may be smaller.
  var canvases = Array.prototype.slice.call(document.querySelectorAll(".page-canvas"));
  function place(node, p, box) {
    node.style.left = (100 * box[0] / p.width) + "%";
    node.style.top = (100 * box[1] / p.height) + "%";
    node.style.width = (100 * (box[2] - box[0]) / p.width) + "%";
    node.style.height = (100 * (box[3] - box[1]) / p.height) + "%";
  }
  function paintPages() {
    canvases.forEach(function (cv) {
      var p = pageByNo[+cv.getAttribute("data-page")];
      if (!p) return;
      Array.prototype.slice.call(cv.querySelectorAll(".obox")).forEach(function (n) { n.remove(); });
      p.boxes.forEach(function (b) {
        var f = byId[b.id];
        if (!f) return;
        var eff = effective(f);
        if (!visible(f, eff)) return;
        var d = el("div", { "class": "obox" + (selected === b.id ? " sel" : ""), "data-id": b.id, "data-action": eff.action,
                            title: labelName(f.label) + "・" + actionName(eff.action) + ": " + excerpt(f.start, f.end, 20) });
        place(d, p, b.box);
        cv.appendChild(d);
      });
      state.regions.forEach(function (r) {
        if (r.page !== p.page) return;
        var d = el("div", { "class": "obox drawn", "data-region": r.id, title: "画像に描いた黒塗り " + r.id });
        place(d, p, r.box);
        cv.appendChild(d);
      });
    });
  }
  function renderRegions() {
    var ul = $("#region-list");
    if (!ul) return;
    ul.textContent = "";
    state.regions.forEach(function (r) {
      var go = el("button", { type: "button", "class": "item" }, [
        el("span", { "class": "badge", "data-action": "MANUAL", text: "✔描画" }),
        el("span", { "class": "excerpt", text: r.id + "：" + r.page + "ページ（" + (r.box[2] - r.box[0]) + "×" + (r.box[3] - r.box[1]) + "）" })]);
      go.addEventListener("click", function () {
        var n = document.querySelector('.obox[data-region="' + r.id + '"]');
        if (n) n.scrollIntoView({ block: "center" });
      });
      var del = el("button", { type: "button", "aria-label": "画像に描いた黒塗りを削除：" + r.id, text: "削除" });
      del.addEventListener("click", function () {
        state.regions = state.regions.filter(function (x) { return x.id !== r.id; });
        changed();
        status("#region-status", "画像に描いた黒塗り " + r.id + " を削除しました。", "ok");
      });
      ul.appendChild(el("li", { "class": "manual-item" }, [go, del]));
    });
  }
  function addRegion(p, box) {
    var id = "D" + state.nextRegion++;
    state.regions.push({ id: id, page: p.page, box: box, image_sha256: p.sha256 });
    changed();
    status("#region-status", p.page + "ページに黒塗り " + id + " を追加しました（公開版ではこの範囲を塗りつぶします）。", "ok");
  }
  function validRegion(r) {
    var p = r && pageByNo[r.page];
    return !!(p && r.image_sha256 === p.sha256 && Array.isArray(r.box) && r.box.length === 4 &&
              r.box.every(function (v) { return typeof v === "number" && v >= 0 && Math.floor(v) === v; }) &&
              r.box[0] < r.box[2] && r.box[1] < r.box[3] && r.box[2] <= p.width && r.box[3] <= p.height);
  }
  var drag = null;
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  canvases.forEach(function (cv) {
    cv.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) return;
      var rect = cv.getBoundingClientRect();
      drag = { cv: cv, rect: rect, x0: ev.clientX - rect.left, y0: ev.clientY - rect.top, x1: 0, y1: 0, ghost: null };
      if (cv.setPointerCapture) cv.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    cv.addEventListener("pointermove", function (ev) {
      if (!drag || drag.cv !== cv) return;
      drag.x1 = clamp(ev.clientX - drag.rect.left, 0, drag.rect.width);
      drag.y1 = clamp(ev.clientY - drag.rect.top, 0, drag.rect.height);
      if (!drag.ghost) {
        if (Math.abs(drag.x1 - drag.x0) < 4 && Math.abs(drag.y1 - drag.y0) < 4) return;
        drag.ghost = el("div", { "class": "obox ghost" });
        cv.appendChild(drag.ghost);
      }
      drag.ghost.style.left = Math.min(drag.x0, drag.x1) + "px";
      drag.ghost.style.top = Math.min(drag.y0, drag.y1) + "px";
      drag.ghost.style.width = Math.abs(drag.x1 - drag.x0) + "px";
      drag.ghost.style.height = Math.abs(drag.y1 - drag.y0) + "px";
    });
    cv.addEventListener("pointerup", function (ev) {
      if (!drag || drag.cv !== cv) return;
      var d = drag, p = pageByNo[+cv.getAttribute("data-page")];
      drag = null;
      var sx = p.width / d.rect.width, sy = p.height / d.rect.height;
      if (!d.ghost) {  // a click: the finding under it, if any
        var x = d.x0 * sx, y = d.y0 * sy;
        var hit = p.boxes.filter(function (b) { return b.box[0] <= x && x <= b.box[2] && b.box[1] <= y && y <= b.box[3]; })[0];
        if (hit) select(hit.id, true);
        return;
      }
      d.ghost.remove();
      var box = [Math.floor(Math.min(d.x0, d.x1) * sx), Math.floor(Math.min(d.y0, d.y1) * sy),
                 Math.ceil(Math.max(d.x0, d.x1) * sx), Math.ceil(Math.max(d.y0, d.y1) * sy)];
      box = [clamp(box[0], 0, p.width), clamp(box[1], 0, p.height), clamp(box[2], 0, p.width), clamp(box[3], 0, p.height)];
      if (box[2] > box[0] && box[3] > box[1]) addRegion(p, box);
    });
    cv.addEventListener("pointercancel", function () {
      if (drag && drag.ghost) drag.ghost.remove();
      drag = null;
    });
  });

  // -- export -----------------------------------------------------------------
  function decisionsObject() {
    return {
      format: D.format, version: D.version, tool_version: D.tool_version,
      document: D.document, policy: D.policy, report_generated: D.generated,
      reviewer: state.reviewer.trim(), time: new Date().toISOString(),
      findings: F.map(function (f) {
        var d = state.decisions[f.id];
        return { id: f.id, label: f.label, start: f.start, end: f.end, text_sha256: f.text_sha256,
                 tool_action: f.action, decision: d || f.action, by: d ? "human" : "tool" };
      }),
      manual: state.manual.map(function (m) {
        return { id: m.id, start: m.start, end: m.end, label: m.label, text_sha256: m.text_sha256 };
      }),
      generalisations: Object.keys(state.gens).map(function (id) { return { id: id, decision: state.gens[id] }; }),
      regions: state.regions.map(function (r) {
        return { id: r.id, page: r.page, box: r.box.slice(), image_sha256: r.image_sha256 };
      })
    };
  }
  function exportDecisions() {
    var input = $("#reviewer");
    state.reviewer = input.value;
    if (!state.reviewer.trim()) {
      input.setAttribute("aria-invalid", "true");
      status("#export-status", "確認者（所属・氏名）を入力してから書き出してください。", "error");
      input.focus();
      return;
    }
    input.removeAttribute("aria-invalid");
    save();
    var obj = decisionsObject();
    var blob = new Blob([JSON.stringify(obj, null, 2) + "\n"], { type: "application/json" });
    var a = el("a", { href: URL.createObjectURL(blob), download: "decisions.json" });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
    var c = counts();
    var human = obj.findings.filter(function (f) { return f.by === "human"; }).length;
    status("#export-status", "decisions.json を書き出しました（判断 " + human + "件・手動追加 " + obj.manual.length +
      "件・一般化 " + obj.generalisations.length + "件" +
      (obj.regions.length ? "・画像に描いた黒塗り " + obj.regions.length + "件" : "") + (c.REVIEW ? "・未判断の要確認 " + c.REVIEW + "件は非公開" : "") +
      "）。反映：redactor mask 文書 --decisions decisions.json -o 公開用", "ok");
  }
  $("#export").addEventListener("click", exportDecisions);
  $("#reviewer").addEventListener("input", function () {
    state.reviewer = $("#reviewer").value;
    $("#reviewer-print").textContent = state.reviewer.trim() || "（未記入）";
    if (state.reviewer.trim()) $("#reviewer").removeAttribute("aria-invalid");
    save();
  });
  $("#reset-all").addEventListener("click", function () {
    if (!window.confirm("この文書についての判断・手動追加・一般化の選択をすべて取り消します。よろしいですか？")) return;
    state = { decisions: {}, manual: [], gens: {}, reviewer: state.reviewer, nextManual: 1, regions: [], nextRegion: 1 };
    changed();
  });

  // -- loading an exported decisions.json (same document only) ---------------
  // A review continued on another PC, or checked by a second person: the
  // file is accepted only for this exact text (its SHA-256), and each
  // decision only where the finding's text still hashes the same, so a file
  // for another version of the document never moves a decision elsewhere.
  // Returns { problem: why nothing was loaded } or { skipped: entries that did not fit }.
  function loadDecisions(obj) {
    if (!obj || obj.format !== D.format) return { problem: "判断ファイル（decisions.json）ではありません。" };
    if (!obj.document || obj.document.sha256 !== D.document.sha256)
      return { problem: "別の文書（または内容が変わった文書）の判断ファイルです：" + ((obj.document || {}).name || "名前なし") };
    var decisions = {}, skipped = 0;
    (obj.findings || []).forEach(function (f) {
      if (f.by !== "human") return;
      var mine = byId[f.id];
      if (mine && mine.text_sha256 === f.text_sha256 && (f.decision === "MASK" || f.decision === "KEEP")) decisions[f.id] = f.decision;
      else skipped++;
    });
    var manual = (obj.manual || []).filter(function (m) {
      var ok = m.end <= CPS.length && m.start < m.end && sha256hex(slice(m.start, m.end)) === m.text_sha256;
      if (!ok) skipped++;
      return ok;
    });
    var gens = {};
    (obj.generalisations || []).forEach(function (g) {
      if (subjectsById[g.id] && (g.decision === "accept" || g.decision === "reject")) gens[g.id] = g.decision; else skipped++;
    });
    manual.forEach(function (m, i) { m.id = "M" + (i + 1); });
    var regions = (obj.regions || []).filter(function (r) {
      var ok = validRegion(r);
      if (!ok) skipped++;
      return ok;
    }).map(function (r, i) { return { id: "D" + (i + 1), page: r.page, box: r.box.slice(), image_sha256: r.image_sha256 }; });
    state = { decisions: decisions, manual: manual, gens: gens, reviewer: obj.reviewer || state.reviewer,
              nextManual: manual.length + 1, regions: regions, nextRegion: regions.length + 1 };
    $("#reviewer").value = state.reviewer;
    $("#reviewer-print").textContent = state.reviewer.trim() || "（未記入）";
    changed();
    return { skipped: skipped };
  }
  $("#load").addEventListener("change", function (ev) {
    var file = ev.target.files && ev.target.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var obj;
      try { obj = JSON.parse(reader.result); } catch (e) { obj = null; }
      var loaded = loadDecisions(obj);
      if (loaded.problem) {
        status("#export-status", "読み込めません：" + loaded.problem, "error");
      } else {
        status("#export-status", file.name + " を読み込みました（判断 " + Object.keys(state.decisions).length +
          "件・手動追加 " + state.manual.length + "件・一般化 " + Object.keys(state.gens).length + "件" +
          (loaded.skipped ? "・この文書に合わない " + loaded.skipped + "件は読み込まず" : "") + "）。", "ok");
      }
      ev.target.value = "";
    };
    reader.onerror = function () { status("#export-status", "ファイルを読めません：" + file.name, "error"); };
    reader.readAsText(file, "utf-8");
  });

  // -- keeping work across a reload (same document only) ---------------------
  function save() {
    try { window.localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* storage off: nothing kept */ }
  }
  function restore() {
    try {
      var raw = window.localStorage.getItem(STORE);
      if (!raw) return;
      var s = JSON.parse(raw);
      state.decisions = {};
      Object.keys(s.decisions || {}).forEach(function (id) { if (byId[id] && (s.decisions[id] === "MASK" || s.decisions[id] === "KEEP")) state.decisions[id] = s.decisions[id]; });
      state.manual = (s.manual || []).filter(function (m) { return m.end <= CPS.length && sha256hex(slice(m.start, m.end)) === m.text_sha256; });
      state.gens = {};
      Object.keys(s.gens || {}).forEach(function (id) { if (subjectsById[id]) state.gens[id] = s.gens[id]; });
      state.reviewer = s.reviewer || "";
      state.nextManual = s.nextManual || state.manual.length + 1;
      state.regions = (s.regions || []).filter(validRegion);
      state.nextRegion = s.nextRegion || state.regions.length + 1;
      $("#reviewer").value = state.reviewer;
      $("#reviewer-print").textContent = state.reviewer.trim() || "（未記入）";
      if (Object.keys(state.decisions).length || state.manual.length || Object.keys(state.gens).length || state.regions.length)
        status("#export-status", "前回の作業内容（このパソコンのブラウザに保存）を復元しました。", "ok");
    } catch (e) { /* unreadable: start afresh */ }
  }

  // -- mouse and keyboard -----------------------------------------------------
  textEl.addEventListener("click", function (ev) {
    var sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    var m = ev.target.closest && ev.target.closest("mark.f");
    if (m) select(m.getAttribute("data-id"), false);
  });
  textEl.addEventListener("focusin", function (ev) {
    var m = ev.target.closest && ev.target.closest("mark.f");
    if (m && m.getAttribute("data-id") !== selected) select(m.getAttribute("data-id"), false);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    var onMark = ev.target.closest && ev.target.closest("mark.f");
    var k = ev.key.toLowerCase();
    if (k === "n") { step(1, false); ev.preventDefault(); }
    else if (k === "p") { step(-1, false); ev.preventDefault(); }
    else if (k === "r") { step(1, true); ev.preventDefault(); }
    else if (k === "a") { addManual(pendingSel); ev.preventDefault(); }
    else if (k === "e") { exportDecisions(); ev.preventDefault(); }
    else if (selected && k === "m") { decide(selected, "MASK"); ev.preventDefault(); }
    else if (selected && k === "k") { decide(selected, "KEEP"); ev.preventDefault(); }
    else if (selected && k === "u") { decide(selected, null); ev.preventDefault(); }
    else if (onMark && (ev.key === " " || ev.key === "Enter")) {
      var id = onMark.getAttribute("data-id");
      if (ev.key === " ") decide(id, effective(byId[id]).action === "MASK" ? "KEEP" : "MASK");
      else select(id, false);
      ev.preventDefault();
    }
  });

  // Printing shows every group of the list, then puts the page back as it was.
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(document.querySelectorAll("details.group"), function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { closedForPrint.forEach(function (d) { d.open = false; }); });

  // -- start ------------------------------------------------------------------
  var opts = $("#manual-label");
  [["MANUAL", "その他（手動）"]].concat(Object.keys(N.labels).filter(function (l) { return l !== "MANUAL"; })
    .map(function (l) { return [l, labelName(l)]; })).forEach(function (o) {
    opts.appendChild(el("option", { value: o[0], text: o[1] }));
  });
  renderFilters();
  restore();
  refresh();
  document.documentElement.setAttribute("data-ready", "1");
})();
