// The drill-down of the textclean report: filters, the document table, the diff view
// and the clusters side by side, drawn from the sample embedded as JSON. Text goes in
// with textContent only: nothing from the corpus is ever parsed as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const docs = data.documents;
  const $ = (id) => document.getElementById(id);
  const make = (tag, props, children) => {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  };

  function fill(select, values) {
    for (const value of values) select.append(make("option", { value: value, textContent: value }));
  }
  const unique = (values) => Array.from(new Set(values)).sort();
  fill($("filter-step"), unique(docs.flatMap((d) => d.edits.map((e) => e[0]))));
  fill($("filter-fate"), unique(docs.map((d) => d.fate)));

  function reasonsFor(step) {
    return unique(docs.flatMap((d) => d.edits.filter((e) => !step || e[0] === step).map((e) => e[1])));
  }
  function refillReasons() {
    const select = $("filter-reason");
    const current = select.value;
    select.length = 1;
    fill(select, reasonsFor($("filter-step").value));
    select.value = reasonsFor($("filter-step").value).includes(current) ? current : "";
  }

  function matches(doc) {
    const step = $("filter-step").value, reason = $("filter-reason").value;
    const fate = $("filter-fate").value, id = $("filter-id").value.trim();
    if (fate && doc.fate !== fate) return false;
    if (id && !doc.id.includes(id)) return false;
    if (step || reason) {
      return doc.edits.some((e) => (!step || e[0] === step) && (!reason || e[1] === reason));
    }
    return true;
  }

  function stepsOf(doc) {
    const counts = {};
    for (const e of doc.edits) counts[e[0]] = (counts[e[0]] || 0) + 1;
    return Object.entries(counts).map(([s, n]) => s + " " + n).join(" · ");
  }

  function drawTable() {
    const body = document.querySelector("#documents tbody");
    body.replaceChildren();
    let shown = 0;
    docs.forEach((doc, index) => {
      if (!matches(doc)) return;
      shown += 1;
      const fate = make("td", {
        className: doc.fate === "kept" ? "fate-kept" : "fate-dropped",
        textContent: doc.fate === "kept" ? "kept" : "dropped: " + doc.fate,
      });
      const row = make("tr", { tabIndex: 0 }, [
        make("td", { textContent: doc.id }),
        fate,
        make("td", { textContent: doc.before.toLocaleString() }),
        make("td", { textContent: doc.fate === "kept" ? doc.after.toLocaleString() : "—" }),
        make("td", { textContent: doc.edits.length.toLocaleString() }),
        make("td", { textContent: stepsOf(doc) }),
      ]);
      row.dataset.index = index;
      row.addEventListener("click", () => showDocument(index, row));
      row.addEventListener("keydown", (event) => {
        if (event.key === "Enter") showDocument(index, row);
      });
      body.append(row);
    });
    $("filter-count").textContent = shown + " of " + docs.length + " shown";
  }

  function showDocument(index, row) {
    const doc = docs[index];
    for (const picked of document.querySelectorAll("#documents tr.picked")) picked.classList.remove("picked");
    if (row) row.classList.add("picked");
    const view = $("diff");
    const step = $("filter-step").value, reason = $("filter-reason").value;
    const facts = [doc.source, doc.fate === "kept" ? "kept" : "dropped: " + doc.fate];
    if (doc.of) facts.push("of " + doc.of + (doc.similarity != null ? " (" + doc.similarity + ")" : ""));
    const text = make("div", { className: "text" });
    for (const [kind, part, number] of doc.segments) {
      if (kind === "s") { text.append(part); continue; }
      if (kind === "e") { text.append(make("span", { className: "elided", textContent: part })); continue; }
      const edit = doc.edits[number];
      const node = make(kind === "r" ? "del" : "ins", { textContent: part });
      node.title = edit[0] + ": " + edit[2] + (kind === "a" && edit[3] ? "\nwas: " + edit[3] : "");
      node.dataset.step = edit[0];
      if ((step || reason) && (!step || edit[0] === step) && (!reason || edit[1] === reason)) {
        node.classList.add("focus");
      }
      text.append(node);
    }
    const toggle = make("input", { type: "checkbox", checked: true, id: "show-removed" });
    toggle.addEventListener("change", () => view.classList.toggle("hide-removed", !toggle.checked));
    view.classList.remove("hide-removed");
    view.replaceChildren(
      make("h3", { textContent: doc.id }),
      make("p", { className: "note", textContent: facts.join(" · ") }),
      make("p", { className: "legend" }, [
        make("del", { textContent: "removed" }), " ",
        make("ins", { textContent: "put in (a repair)" }), " ",
        make("label", {}, [toggle, " show removed text"]),
      ]),
      doc.problem ? make("p", { className: "notes", textContent: doc.problem }) : "",
      text,
    );
    const first = view.querySelector(".focus");
    if (first) first.scrollIntoView({ block: "center" });
  }

  function drawCluster() {
    const pick = $("cluster-pick");
    if (!pick) return;
    const cluster = data.clusters[pick.selectedIndex];
    const view = $("cluster-view");
    view.replaceChildren();
    if (!cluster) return;
    for (const member of cluster.members) {
      const head = make("h3", {
        textContent: (member.kept ? "kept · " : "") + member.id + " · similarity " + member.similarity,
      });
      const length = member.length == null ? "" : member.length.toLocaleString() + " characters";
      let shown = member.text == null ? "(its record was not found in the run's files)" : member.text;
      if (member.text != null && member.length > member.text.length) {
        shown += "\n… (" + (member.length - member.text.length).toLocaleString() + " more characters)";
      }
      const text = make("div", { className: "text", textContent: shown });
      view.append(make("div", { className: "member" + (member.kept ? " kept" : "") }, [
        head, make("p", { className: "note", textContent: length }), text,
      ]));
    }
  }

  $("filter-step").addEventListener("change", () => { refillReasons(); drawTable(); });
  for (const id of ["filter-reason", "filter-fate"]) $(id).addEventListener("change", drawTable);
  $("filter-id").addEventListener("input", drawTable);
  refillReasons();
  drawTable();
  const pick = $("cluster-pick");
  if (pick) {
    for (const cluster of data.clusters) {
      pick.append(make("option", {
        value: cluster.cluster,
        textContent: "#" + cluster.cluster + " · " + cluster.members.length + " documents · kept " + cluster.kept,
      }));
    }
    pick.addEventListener("change", drawCluster);
    drawCluster();
  }
})();
