/* Kiosque — paging, sorting and filtering a table's rows in the browser.
 *
 * Progressive enhancement of the preview table of a dataset page: without JavaScript the page shows the first rows
 * and the download links. With it, the controls in <div class="table-viewer" data-index="…"> page through the whole
 * file by fetching, when needed, the JSON pages the build publishes beside it (Sources/KiosqueTable/DerivedWriter.swift):
 *   <name>.pages/index.json   {"header": […], "keys": […], "types": […], "rows": N, "pageSize": 500, "pages": ["0001.json", …]}
 *   <name>.pages/0001.json    {"page": 1, "first": 1, "rows": [["cell", …], …]}
 * Sorting and filtering apply to the whole file when it has at most data-max-pages JSON pages (all are loaded then),
 * else to the loaded JSON page only, and the viewer says so. A table the page shows whole has no JSON pages: its box
 * has data-types (the columns' Table Schema types, space-separated) instead of data-index, and the viewer sorts and
 * filters the rows of the page.
 *
 * No external library and no inline script; cells are written with textContent, never as markup.
 */
(function () {
  "use strict";

  // ---- Pure functions (tested under Node.js by Tests/KiosqueTests/TableViewerTests.swift) ---------------------

  /** Lower case without accents, for filtering. */
  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae");
  }

  /** A number written the French or the English way (`1 234,5`, `1,234.5`, `-3`), NaN when it is not one. */
  function parseNumber(text) {
    var s = String(text).trim().replace(/[\s\u00a0\u202f]/g, "");
    if (s === "") return NaN;
    var comma = s.lastIndexOf(","), dot = s.lastIndexOf(".");
    if (comma >= 0 && dot >= 0) {
      s = comma > dot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
    } else if (comma >= 0) {
      s = /^-?\d{1,3}(,\d{3})+$/.test(s) && s.split(",").length > 2 ? s.replace(/,/g, "") : s.replace(",", ".");
    }
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : NaN;
  }

  /** `2024-03-05`, `2024-03-05T10:00`, `05/03/2024` → a text that sorts in date order; null when not a date. */
  function dateKey(text) {
    var s = String(text).trim();
    var iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(.*)$/.exec(s);
    if (iso) return iso[1] + "-" + iso[2] + "-" + (iso[3] || "00") + iso[4];
    var fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(s);
    if (fr) return fr[3] + "-" + ("0" + fr[2]).slice(-2) + "-" + ("0" + fr[1]).slice(-2) + fr[4];
    return null;
  }

  var NUMERIC = { integer: true, number: true, year: true };
  var DATES = { date: true, datetime: true, yearmonth: true };

  /** Compares two cells of a column of Table Schema `type`; empty cells come last whatever the direction. */
  function compareCells(a, b, type, collator) {
    var emptyA = a === null || a === undefined || String(a).trim() === "";
    var emptyB = b === null || b === undefined || String(b).trim() === "";
    if (emptyA || emptyB) return emptyA === emptyB ? 0 : (emptyA ? 1 : -1);
    if (NUMERIC[type]) {
      var x = parseNumber(a), y = parseNumber(b);
      if (!isNaN(x) && !isNaN(y)) return x < y ? -1 : (x > y ? 1 : 0);
      if (isNaN(x) !== isNaN(y)) return isNaN(x) ? 1 : -1;
    }
    if (DATES[type]) {
      var p = dateKey(a), q = dateKey(b);
      if (p !== null && q !== null) return p < q ? -1 : (p > q ? 1 : 0);
    }
    return collator ? collator.compare(String(a), String(b)) : (String(a) < String(b) ? -1 : (String(a) > String(b) ? 1 : 0));
  }

  /** A sorted copy of `rows` (arrays of cells) by `column`; stable; empty cells last in both directions. */
  function sortRows(rows, column, type, descending, collator) {
    return rows.map(function (row, index) { return { row: row, index: index }; })
      .sort(function (a, b) {
        var ca = a.row[column], cb = b.row[column];
        var emptyA = ca === undefined || String(ca).trim() === "", emptyB = cb === undefined || String(cb).trim() === "";
        var order = (emptyA || emptyB) ? compareCells(ca, cb, type, collator)
          : compareCells(ca, cb, type, collator) * (descending ? -1 : 1);
        return order !== 0 ? order : a.index - b.index;
      })
      .map(function (item) { return item.row; });
  }

  /** The rows where every word of `query` appears in some cell, accents and case ignored. */
  function filterRows(rows, query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return rows.slice();
    return rows.filter(function (row) {
      var text = fold(row.join("\u0001"));
      return words.every(function (word) { return text.indexOf(word) >= 0; });
    });
  }

  /** `{page}` style placeholders filled. */
  function fill(pattern, values) {
    return String(pattern || "").replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function pageCount(total, size) { return Math.max(1, Math.ceil(total / size)); }

  // ---- The viewer in the page -----------------------------------------------------------------------------------

  var counter = 0;

  function Viewer(box) {
    this.box = box;
    this.details = box.closest("details") || box.parentNode;
    this.table = this.details.querySelector("table");
    this.tbody = this.table && this.table.tBodies[0];
    this.caption = this.table && this.table.caption;
    this.t = function (key) { return box.getAttribute("data-t-" + key) || ""; };
    this.indexURL = box.hasAttribute("data-index") ? new URL(box.getAttribute("data-index"), document.baseURI) : null;
    this.maxPages = parseInt(box.getAttribute("data-max-pages"), 10) || 20;
    // As many rows a page as the server-rendered preview shows.
    this.viewSize = parseInt(box.getAttribute("data-view-size"), 10) || 20;
    var lang = box.getAttribute("data-lang") || document.documentElement.lang || "fr";
    this.collator = typeof Intl !== "undefined" ? new Intl.Collator(lang, { numeric: true, sensitivity: "base" }) : null;
    this.chunks = {};
    this.view = 1;
    this.plainView = 1;
    this.query = "";
    this.sort = null;
    this.rows = null;
  }

  Viewer.prototype.fetchJSON = function (url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.json();
    });
  };

  Viewer.prototype.chunk = function (number) {
    var self = this;
    if (!self.chunks[number]) {
      var name = self.index.pages[number - 1];
      self.chunks[number] = self.fetchJSON(new URL(name, self.indexURL)).then(function (data) { return data.rows || []; });
    }
    return self.chunks[number];
  };

  Viewer.prototype.start = function () {
    var self = this;
    if (!self.table || !self.tbody) return;
    if (!self.indexURL) {
      // The whole table is in the page: its rows are the one "JSON page".
      var rows = Array.prototype.map.call(self.tbody.rows, function (tr) {
        return Array.prototype.map.call(tr.cells, function (td) { return td.textContent; });
      });
      var header = Array.prototype.map.call(self.table.tHead ? self.table.tHead.rows[0].cells : [], function (th) { return th.textContent; });
      if (!rows.length) return;
      self.index = { header: header, types: (self.box.getAttribute("data-types") || "").split(" "), rows: rows.length,
                     pageSize: rows.length, pages: ["page"] };
      self.chunks[1] = Promise.resolve(rows);
      self.whole = true;
      self.build();
      self.show();
      return;
    }
    self.fetchJSON(self.indexURL).then(function (index) {
      if (!index || !Array.isArray(index.pages) || !index.pages.length) return;
      self.index = index;
      self.whole = index.pages.length <= self.maxPages;
      self.build();
      self.show();
    }).catch(function () { /* The server-rendered preview stays as it is. */ });
  };

  Viewer.prototype.build = function () {
    var self = this, id = "kiosque-table-" + (++counter);
    var label = document.createElement("label");
    label.htmlFor = id + "-filter";
    label.textContent = self.t("filter");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id + "-filter";
    input.autocomplete = "off";
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.query = input.value; self.view = 1; self.show(); }, 250);
    });
    var pager = document.createElement("nav");
    pager.className = "viewer-pager";
    pager.setAttribute("aria-label", self.t("pages"));
    // aria-disabled rather than disabled: the button keeps the focus at the first and last page.
    self.previous = self.button(self.t("previous"), function () {
      if (self.previous.getAttribute("aria-disabled") === "true") return;
      self.view -= 1;
      self.show();
    });
    self.next = self.button(self.t("next"), function () {
      if (self.next.getAttribute("aria-disabled") === "true") return;
      self.view += 1;
      self.show();
    });
    pager.appendChild(self.previous);
    pager.appendChild(self.next);
    self.status = document.createElement("p");
    self.status.className = "viewer-status";
    self.status.setAttribute("role", "status");
    self.status.setAttribute("aria-live", "polite");
    self.note = document.createElement("p");
    self.note.className = "viewer-note";
    self.note.hidden = true;
    [label, input, pager, self.status, self.note].forEach(function (node) { self.box.appendChild(node); });
    self.box.hidden = false;

    var headers = self.table.tHead ? self.table.tHead.rows[0].cells : [];
    self.headers = [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var sort = document.createElement("button");
      sort.type = "button";
      sort.className = "sort-button";
      sort.textContent = th.textContent;
      sort.addEventListener("click", function () { self.sortBy(column); });
      th.textContent = "";
      th.appendChild(sort);
      self.headers.push(th);
    });
    self.baseCaption = self.caption ? self.caption.textContent.replace(/\s+—[^—]*$/, "") : "";
  };

  Viewer.prototype.button = function (text, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.addEventListener("click", action);
    return button;
  };

  Viewer.prototype.sortBy = function (column) {
    var descending = this.sort && this.sort.column === column && !this.sort.descending;
    this.sort = { column: column, descending: descending };
    this.view = 1;
    this.headers.forEach(function (th, index) {
      if (index === column) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    this.show();
  };

  /** The rows the current sort and filter apply to: the whole file, or the loaded page. */
  Viewer.prototype.source = function () {
    var self = this;
    if (self.whole) {
      if (!self.all) {
        var numbers = self.index.pages.map(function (_, i) { return i + 1; });
        self.all = Promise.all(numbers.map(function (n) { return self.chunk(n); }))
          .then(function (parts) { return [].concat.apply([], parts); });
      }
      return self.all;
    }
    // The JSON page that held the rows on screen when sorting or filtering began.
    var chunk = Math.floor(((self.plainView - 1) * self.viewSize) / self.index.pageSize) + 1;
    return self.chunk(Math.min(chunk, self.index.pages.length));
  };

  Viewer.prototype.show = function () {
    var self = this, index = self.index, transformed = self.query.trim() !== "" || self.sort;
    self.status.textContent = self.t("loading");
    var work;
    if (!transformed) {
      // Plain paging: fetch only the JSON page that holds the rows shown.
      var total = index.rows, pages = pageCount(total, self.viewSize);
      self.view = Math.min(Math.max(1, self.view), pages);
      self.plainView = self.view;
      var first = (self.view - 1) * self.viewSize;
      var last = Math.max(first, Math.min(first + self.viewSize, total) - 1);
      var from = Math.floor(first / index.pageSize) + 1, to = Math.min(Math.floor(last / index.pageSize) + 1, index.pages.length);
      var wanted = [];
      for (var n = from; n <= to; n++) wanted.push(self.chunk(n));
      work = Promise.all(wanted).then(function (parts) {
        var rows = [].concat.apply([], parts), offset = first - (from - 1) * index.pageSize;
        return { rows: rows.slice(offset, offset + self.viewSize), total: total, first: first, partial: false };
      });
    } else {
      work = self.source().then(function (rows) {
        var chosen = filterRows(rows, self.query);
        if (self.sort) chosen = sortRows(chosen, self.sort.column, (index.types || [])[self.sort.column], self.sort.descending, self.collator);
        var pages = pageCount(chosen.length, self.viewSize);
        self.view = Math.min(Math.max(1, self.view), pages);
        var first = (self.view - 1) * self.viewSize;
        return { rows: chosen.slice(first, first + self.viewSize), total: chosen.length, first: first, partial: !self.whole, loaded: rows.length };
      });
    }
    work.then(function (result) { self.render(result); }).catch(function () {
      self.status.textContent = self.t("error");
    });
  };

  Viewer.prototype.render = function (result) {
    var self = this, width = self.index.header.length;
    var body = document.createElement("tbody");
    result.rows.forEach(function (cells) {
      var tr = document.createElement("tr");
      for (var i = 0; i < width; i++) {
        var td = document.createElement("td");
        td.textContent = cells[i] === undefined || cells[i] === null ? "" : String(cells[i]);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    });
    self.table.replaceChild(body, self.tbody);
    self.tbody = body;
    var pages = pageCount(result.total, self.viewSize);
    self.previous.setAttribute("aria-disabled", String(self.view <= 1));
    self.next.setAttribute("aria-disabled", String(self.view >= pages));
    var count = result.total.toLocaleString(document.documentElement.lang || undefined);
    var parts = [fill(self.t("page"), { page: self.view, pages: pages })];
    parts.push(self.query.trim() ? fill(self.t("matches"), { count: count, query: self.query.trim() }) : fill(self.t("rows"), { count: count }));
    if (self.sort) {
      parts.push(fill(self.t("sorted"), {
        column: self.index.header[self.sort.column] || "",
        direction: self.t(self.sort.descending ? "descending" : "ascending")
      }));
    }
    self.status.textContent = parts.join(" · ");
    if (self.caption) {
      var range = result.total === 0 ? "" : fill(self.t("range"), { first: result.first + 1, last: result.first + result.rows.length, count: count });
      self.caption.textContent = self.baseCaption + (range ? " — " + range : "");
    }
    self.note.hidden = !result.partial;
    if (result.partial) self.note.textContent = fill(self.t("partial"), { count: result.loaded });
  };

  function enhance() {
    if (typeof fetch !== "function" || typeof URL !== "function" || typeof Promise !== "function") return;
    Array.prototype.forEach.call(document.querySelectorAll(".table-viewer"), function (box) {
      new Viewer(box).start();
    });
  }

  var api = { fold: fold, parseNumber: parseNumber, dateKey: dateKey, compareCells: compareCells, sortRows: sortRows,
              filterRows: filterRows, fill: fill, pageCount: pageCount };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
    else enhance();
  }
})();
