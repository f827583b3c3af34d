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
  fill($("filter-step"), unique(docs.flatMap((d) => d.kinds.map((k) => k[0]))));
  fill($("filter-fate"), unique(docs.map((d) => d.fate)));

  function reasonsFor(step) {
    return unique(docs.flatMap((d) => d.kinds.filter((k) => !step || k[0] === step).map((k) => k[1])));
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
      return doc.kinds.some((k) => (!step || k[0] === step) && (!reason || k[1] === reason));
    }
    return true;
  }

  function stepsOf(doc) {
    const counts = {};
    for (const [step, , count] of doc.kinds) counts[step] = (counts[step] || 0) + count;
    return Object.entries(counts).map(([s, n]) => s + " " + n).join(" · ");
  }

  function drawTable() {
    const body = document.querySelector("#document-table tbody");
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
        make("td", { textContent: doc.edits.toLocaleString() }),
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
    for (const picked of document.querySelectorAll("#document-table tr.picked")) picked.classList.remove("picked");
    if (row) row.classList.add("picked");
    const view = $("diff");
    const step = $("filter-step").value, reason = $("filter-reason").value;
    const facts = [doc.source, doc.fate === "kept" ? "kept" : "dropped: " + doc.fate];
    if (doc.why) facts.push(doc.why);
    if (doc.of) facts.push("of " + doc.of + (doc.similarity != null ? " (" + doc.similarity + ")" : ""));
    const marks = new Map(doc.marks.map((mark) => [mark[0], mark]));
    const text = make("div", { className: "text" });
    for (const [kind, part, number] of doc.segments) {
      if (kind === "s") { text.append(part); continue; }
      if (kind === "e") { text.append(make("span", { className: "elided", textContent: part })); continue; }
      const mark = marks.get(number);
      const [editStep, editKind, editReason] = doc.reasons[mark[1]];
      const node = make(kind === "r" ? "del" : "ins", { textContent: part });
      node.title = editStep + ": " + editReason + (kind === "a" && mark[2] ? "\nwas: " + mark[2] : "");
      node.dataset.step = editStep;
      if ((step || reason) && (!step || editStep === step) && (!reason || editKind === reason)) {
        node.classList.add("focus");
      }
      text.append(node);
    }
    if (doc.rest) {
      text.append(make("span", {
        className: "elided",
        textContent: "… the rest is not shown here: " + doc.rest[0].toLocaleString() +
          " more characters, " + doc.rest[1].toLocaleString() + " more edits",
      }));
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
    if (window.matchMedia("(max-width: 900px)").matches) view.scrollIntoView();  // one column
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
      let length = member.length == null ? "" : member.length.toLocaleString() + " characters";
      if (member.kept && member.fate && member.fate !== "kept") {
        length += " · kept in its cluster, then dropped: " + member.fate;
      } else if (!member.kept && member.fate === "kept") {
        length += " · written too (its id is another document's)";
      }
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
