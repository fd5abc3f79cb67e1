/* Kiosque — searching the datasets without a server.
 *
 * Progressive enhancement of datasets/index.html: without JavaScript the page lists every dataset, paged, and
 * links to one page per facet value. With it, the form searches in place with the prebuilt index under search/
 * (Sources/KiosqueSearch/SearchIndex.swift): meta.json, then the term shards of the query's words, then the
 * document shards of the page shown; the facet files load after the first results are on screen.
 *
 * No external library and no inline script. The text rules below repeat Sources/KiosqueSearch/TextAnalyzer.swift
 * and the ranking repeats SearchClient.swift: change them together (a test compares both).
 */
(function () {
  "use strict";

  // ---- Text: the same rules as TextAnalyzer.swift ------------------------------------------------------------

  var STOP_WORDS = new Set([
    // French
    "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et", "eux",
    "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos",
    "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te",
    "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont", "ete", "etre", "ont", "plus", "ainsi",
    "aussi", "comme", "dont", "entre", "sans", "sous", "vers", "chaque", "tout", "tous", "toute", "toutes", "ci", "ca",
    // English
    "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of",
    "or", "that", "the", "their", "this", "to", "was", "were", "which", "with"
  ]);
  var WORD_CHARACTER = /[\p{L}\p{N}]/u;

  /** Lower case, canonical decomposition without combining marks, ligatures spelt out. */
  function fold(text) {
    var out = "";
    for (var ch of String(text).toLowerCase().normalize("NFD")) {
      var c = ch.codePointAt(0);
      if (c >= 0x300 && c <= 0x36f) continue;
      if (c === 0x153) out += "oe";
      else if (c === 0xe6) out += "ae";
      else if (c === 0xdf) out += "ss";
      else out += ch;
    }
    return out;
  }

  /** Folded words of two characters or more. */
  function words(text) {
    var out = [], current = [];
    for (var ch of fold(text)) {
      if (WORD_CHARACTER.test(ch)) {
        current.push(ch);
      } else {
        if (current.length >= 2) out.push(current.join(""));
        current = [];
      }
    }
    if (current.length >= 2) out.push(current.join(""));
    return out;
  }

  /** The light stemmer; words with a digit stay whole. */
  function stem(word) {
    if (/[0-9]/.test(word)) return word;
    var w = Array.from(word);
    function ends(suffix) {
      return w.length >= suffix.length && w.slice(w.length - suffix.length).join("") === suffix;
    }
    if (w.length > 4 && ends("eaux")) {
      w.pop();
    } else if (w.length > 4 && ends("aux")) {
      w.splice(w.length - 3, 3, "a", "l");
    } else if (w.length > 3 && (ends("s") || ends("x")) && !ends("ss")) {
      w.pop();
    }
    if (w.length > 3 && ends("y")) {
      w.pop();
      w.push("i");
    }
    for (var i = 0; i < 2; i++) if (w.length > 4 && ends("e")) w.pop();
    return w.join("");
  }

  /** The query's terms without repetition, and whether its last word is being typed (to be completed). */
  function queryTerms(text) {
    var terms = [], last = "", all = words(text);
    all.forEach(function (word) {
      if (STOP_WORDS.has(word)) return;
      last = word;
      var term = stem(word);
      terms = terms.filter(function (t) { return t !== term; });
      terms.push(term);
    });
    var typing = text.length > 0 && !/\s$/.test(text) && Array.from(last).length >= 3 && all[all.length - 1] === last;
    return { terms: terms, typing: typing };
  }

  // ---- Index files -------------------------------------------------------------------------------------------

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET[a]] = a;

  /** Reads PostingCode text: five-bit groups, gaps between sorted numbers, a weight after each when weighted. */
  function decode(text, gaps, weighted) {
    var numbers = [], weights = [], i = 0, previous = 0, first = true;
    while (i < text.length) {
      var value = 0, scale = 1, digit;
      do {
        digit = DIGIT[text[i++]];
        if (digit === undefined) break;
        value += (digit & 31) * scale;
        scale *= 32;
      } while (digit & 32);
      var number = gaps && !first ? previous + value : value;
      first = false;
      previous = number;
      numbers.push(number);
      if (weighted) weights.push(DIGIT[text[i++]] || 0);
    }
    return { numbers: numbers, weights: weights };
  }

  function shardFor(term, prefixes) {
    var best = -1;
    prefixes.forEach(function (prefix, index) {
      if (term.startsWith(prefix) && (best < 0 || prefixes[best].length < prefix.length)) best = index;
    });
    return best;
  }

  function completionShards(term, prefixes) {
    var out = [];
    prefixes.forEach(function (prefix, index) {
      if (out.length < 8 && prefix.length > term.length && prefix.startsWith(term)) out.push(index);
    });
    return out;
  }

  /** The filtering shard of a facet value: FNV-1a (32 bits) over the key's UTF-16 code units (SearchIndex.facetShard). */
  function facetShard(key, count) {
    var hash = 2166136261;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
    return hash % Math.max(1, count);
  }

  var FACETS = ["theme", "organization", "keyword", "format", "license"];
  var COMPLETION_FACTOR = 0.6;

  /** The search over the index files; `load(path)` returns a promise of the parsed JSON of search/<path>. */
  function Engine(load) {
    this.load = load;
    this.cache = {};
  }

  Engine.prototype.json = function (path) {
    if (!(path in this.cache)) this.cache[path] = this.load(path);
    return this.cache[path];
  };

  Engine.prototype.facetRows = function (facet) {
    return this.json("facets/" + facet + ".json").then(function (rows) {
      return rows.map(function (row) { return { key: row[0], label: row[1], ids: decode(row[3], true, false).numbers }; });
    });
  };

  /**
   * query: {text, filters: {facet: key}, sort: "" | "relevance" | "date" | "title", page}.
   * Resolves to {ids, records, total, candidates, pages}.
   */
  Engine.prototype.search = async function (query) {
    var self = this;
    var meta = await this.json("meta.json");
    var count = meta.count, parsed = queryTerms(query.text || ""), terms = parsed.terms;
    var candidates, scores = new Map();
    if (terms.length === 0) {
      candidates = [];
      for (var n = 0; n < count; n++) candidates.push(n);
    } else {
      var perTerm = [];
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t], found = new Map(), lists = [[term, 1]];
        var numbers = [], own = shardFor(term, meta.terms);
        if (own >= 0) numbers.push(own);
        if (parsed.typing && t === terms.length - 1) numbers = numbers.concat(completionShards(term, meta.terms));
        var shards = await Promise.all(numbers.map(function (k) { return self.json("terms/" + k + ".json"); }));
        if (parsed.typing && t === terms.length - 1) {
          shards.forEach(function (shard) {
            Object.keys(shard).sort().forEach(function (key) {
              if (key !== term && key.startsWith(term)) lists.push([key, COMPLETION_FACTOR]);
            });
          });
        }
        lists.forEach(function (entry) {
          var code = null;
          for (var s = 0; s < shards.length && code === null; s++) {
            if (Object.prototype.hasOwnProperty.call(shards[s], entry[0])) code = shards[s][entry[0]];
          }
          if (code === null) return;
          var postings = decode(code, true, true);
          var idf = Math.log(1 + count / Math.max(1, postings.numbers.length));
          postings.numbers.forEach(function (doc, j) {
            var value = postings.weights[j] * idf * entry[1];
            found.set(doc, Math.max(found.get(doc) || 0, value));
          });
        });
        perTerm.push(found);
      }
      var matched = new Set(perTerm[0].keys());
      perTerm.slice(1).forEach(function (found) {
        matched.forEach(function (doc) { if (!found.has(doc)) matched.delete(doc); });
      });
      var useAll = matched.size === 0 && perTerm.length > 1;
      if (useAll) perTerm.forEach(function (found) { found.forEach(function (v, doc) { matched.add(doc); }); });
      matched.forEach(function (doc) {
        var hits = perTerm.map(function (found) { return found.get(doc); }).filter(function (v) { return v !== undefined; });
        var sum = hits.reduce(function (x, y) { return x + y; }, 0);
        scores.set(doc, sum * (useAll ? hits.length : 1));
      });
      candidates = Array.from(matched).sort(function (x, y) { return x - y; });
    }
    var filters = query.filters || {};
    for (var f = 0; f < FACETS.length; f++) {
      var key = filters[FACETS[f]];
      if (!key) continue;
      var info = (meta.facets || {})[FACETS[f]] || {};
      var shard = await this.json("facets/" + FACETS[f] + "/" + facetShard(key, info.shards || 1) + ".json");
      var code = Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : "";
      var allowed = new Set(decode(code, true, false).numbers);
      candidates = candidates.filter(function (doc) { return allowed.has(doc); });
    }
    var sort = query.sort || (terms.length ? "relevance" : "date");
    if (sort === "relevance") {
      candidates.sort(function (x, y) { return (scores.get(y) || 0) - (scores.get(x) || 0) || x - y; });
    } else if (sort === "title") {
      var order = decode(await this.json("order/title.json"), false, false).numbers, rank = new Array(count);
      order.forEach(function (doc, position) { rank[doc] = position; });
      candidates.sort(function (x, y) { return rank[x] - rank[y]; });
    } else {
      candidates.sort(function (x, y) { return x - y; });
    }
    var pages = Math.max(1, Math.ceil(candidates.length / meta.pageSize));
    var page = Math.min(Math.max(1, query.page || 1), pages);
    var slice = candidates.slice((page - 1) * meta.pageSize, page * meta.pageSize);
    var records = await Promise.all(slice.map(function (doc) {
      return self.json("docs/" + Math.floor(doc / meta.docShard) + ".json").then(function (shard) { return shard[doc % meta.docShard]; });
    }));
    return {
      ids: records.map(function (r) { return r[0]; }), records: records, total: candidates.length,
      candidates: candidates, page: page, pages: pages
    };
  };

  /** Facet → value key → results that have it (loads the facet files: after the first results). */
  Engine.prototype.facetCounts = async function (candidates) {
    var inResults = new Set(candidates), counts = {};
    for (var f = 0; f < FACETS.length; f++) {
      var rows = await this.facetRows(FACETS[f]);
      counts[FACETS[f]] = {};
      rows.forEach(function (row) {
        var n = 0;
        row.ids.forEach(function (doc) { if (inResults.has(doc)) n++; });
        if (n > 0) counts[FACETS[f]][row.key] = n;
      });
    }
    return counts;
  };

  // ---- The page ----------------------------------------------------------------------------------------------

  function enhance() {
    var form = document.querySelector("form[data-search-index]");
    if (!form || !window.fetch || !window.URLSearchParams || !window.Promise) return;
    var base = form.getAttribute("data-search-index"), root = form.getAttribute("data-root") || "";
    var lang = document.documentElement.lang || "fr";
    var number = new Intl.NumberFormat(lang);
    var dates = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    var input = form.querySelector("input[name=q]"), sort = form.querySelector("select[name=sort]");
    var sortLabel = form.querySelector(".search-sort");
    var status = document.getElementById("search-status"), results = document.getElementById("search-results");
    var facets = document.getElementById("search-facets");
    var pager = document.getElementById("search-pager");
    if (!input || !status || !results) return;
    var engine = new Engine(function (path) {
      return fetch(base + path).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + path);
        return response.json();
      });
    });
    function text(name, values) {
      var pattern = form.getAttribute("data-t-" + name) || "";
      Object.keys(values || {}).forEach(function (k) { pattern = pattern.split("{" + k + "}").join(values[k]); });
      return pattern;
    }

    // What the server rendered, to come back to when the search is emptied.
    var original = {
      status: status.textContent,
      results: Array.from(results.childNodes),
      pager: pager ? Array.from(pager.childNodes) : []
    };
    var pagerBox = pager;
    if (!pagerBox) {
      pagerBox = document.createElement("nav");
      pagerBox.className = "pager";
      pagerBox.setAttribute("aria-label", text("pagination"));
      results.parentNode.appendChild(pagerBox);
    }
    var chips = document.createElement("ul");
    chips.className = "active-filters";
    results.parentNode.insertBefore(chips, results);
    if (sortLabel) sortLabel.hidden = false;

    var labels = {};
    var links = facets ? Array.from(facets.querySelectorAll("details[data-facet] a[data-key]")) : [];
    links.forEach(function (link) {
      var facet = link.closest("details").getAttribute("data-facet"), key = link.getAttribute("data-key");
      labels[facet + "=" + key] = link.textContent;
      var count = link.parentNode.querySelector(".facet-count");
      if (count) count.setAttribute("data-total", count.textContent);
      link.addEventListener("click", function (event) {
        event.preventDefault();
        state.filters[facet] = state.filters[facet] === key ? "" : key;
        state.page = 1;
        run(true);
      });
    });

    var state = readState();
    function readState() {
      var params = new URLSearchParams(window.location.search), filters = {};
      FACETS.forEach(function (facet) { filters[facet] = params.get(facet) || ""; });
      return { text: params.get("q") || "", sort: params.get("sort") || "", page: parseInt(params.get("page"), 10) || 1, filters: filters };
    }
    function isEmpty() {
      return !state.text.trim() && !state.sort && state.page === 1 && FACETS.every(function (f) { return !state.filters[f]; });
    }
    function writeState(push) {
      var params = new URLSearchParams();
      if (state.text) params.set("q", state.text);
      FACETS.forEach(function (facet) { if (state.filters[facet]) params.set(facet, state.filters[facet]); });
      if (state.sort) params.set("sort", state.sort);
      if (state.page > 1) params.set("page", String(state.page));
      var url = window.location.pathname + (params.toString() ? "?" + params.toString() : "");
      if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
    }

    function card(record) {
      var li = document.createElement("li"), h3 = document.createElement("h3"), a = document.createElement("a");
      li.className = "card";
      h3.className = "card-title";
      a.href = root + "datasets/" + encodeURIComponent(record[0]) + "/";
      a.textContent = record[1];
      h3.appendChild(a);
      li.appendChild(h3);
      var meta = document.createElement("p");
      meta.className = "card-meta";
      meta.appendChild(document.createTextNode(record[3]));
      if (record[4]) {
        var time = document.createElement("time");
        time.dateTime = record[4];
        time.textContent = dates.format(new Date(record[4] + "T00:00:00Z"));
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(time);
      }
      li.appendChild(meta);
      if (record[2]) {
        var summary = document.createElement("p");
        summary.className = "card-summary";
        summary.textContent = record[2];
        li.appendChild(summary);
      }
      if (record[5] && record[5].length) {
        var formats = document.createElement("ul");
        formats.className = "formats";
        formats.setAttribute("aria-label", text("formats"));
        record[5].forEach(function (format) {
          var item = document.createElement("li");
          item.className = "format";
          item.textContent = format;
          formats.appendChild(item);
        });
        li.appendChild(formats);
      }
      return li;
    }

    function pageButton(label, page, current) {
      var item = document.createElement("li"), button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      if (current) button.setAttribute("aria-current", "page");
      button.addEventListener("click", function () {
        state.page = page;
        run(true);
        status.scrollIntoView();
      });
      item.appendChild(button);
      return item;
    }

    function showPager(page, pages) {
      pagerBox.replaceChildren();
      if (pages <= 1) return;
      var list = document.createElement("ul");
      if (page > 1) list.appendChild(pageButton(text("previous"), page - 1, false));
      var info = document.createElement("li");
      info.className = "gap";
      info.textContent = text("page", { page: number.format(page), pages: number.format(pages) });
      list.appendChild(info);
      if (page < pages) list.appendChild(pageButton(text("next"), page + 1, false));
      pagerBox.appendChild(list);
    }

    function showChips() {
      chips.replaceChildren();
      FACETS.forEach(function (facet) {
        var key = state.filters[facet];
        if (!key) return;
        var item = document.createElement("li"), button = document.createElement("button");
        var label = labels[facet + "=" + key] || key;
        button.type = "button";
        button.textContent = label + " ×";
        button.setAttribute("aria-label", text("clear") + " : " + label);
        button.addEventListener("click", function () {
          state.filters[facet] = "";
          state.page = 1;
          run(true);
        });
        item.appendChild(button);
        chips.appendChild(item);
      });
    }

    function showFacetCounts(counts) {
      links.forEach(function (link) {
        var facet = link.closest("details").getAttribute("data-facet"), key = link.getAttribute("data-key");
        var countBox = link.parentNode.querySelector(".facet-count");
        var selected = state.filters[facet] === key;
        if (selected) link.setAttribute("aria-current", "true"); else link.removeAttribute("aria-current");
        if (!counts) {
          link.parentNode.hidden = false;
          if (countBox) countBox.textContent = countBox.getAttribute("data-total");
          return;
        }
        var n = (counts[facet] || {})[key] || 0;
        link.parentNode.hidden = n === 0 && !selected;
        if (countBox) countBox.textContent = number.format(n);
      });
    }

    var generation = 0;
    function run(push) {
      var mine = ++generation;
      writeState(push);
      showChips();
      if (isEmpty()) {
        status.textContent = original.status;
        results.replaceChildren.apply(results, original.results);
        pagerBox.replaceChildren.apply(pagerBox, original.pager);
        showFacetCounts(null);
        return;
      }
      status.textContent = text("loading");
      engine.search(state).then(function (found) {
        if (mine !== generation) return;
        state.page = found.page;
        results.replaceChildren.apply(results, found.records.map(card));
        status.textContent = found.total ? text("results", { count: number.format(found.total) }) : text("none");
        showPager(found.page, found.pages);
        return engine.facetCounts(found.candidates).then(function (counts) {
          if (mine === generation) showFacetCounts(counts);
        });
      }).catch(function () {
        if (mine !== generation) return;
        status.textContent = text("error");
        results.replaceChildren.apply(results, original.results);
        pagerBox.replaceChildren.apply(pagerBox, original.pager);
      });
    }

    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        state.text = input.value;
        state.page = 1;
        run(false);
      }, 200);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      state.text = input.value;
      state.page = 1;
      run(true);
    });
    if (sort) {
      sort.addEventListener("change", function () {
        state.sort = sort.value;
        state.page = 1;
        run(true);
      });
    }
    window.addEventListener("popstate", function () {
      state = readState();
      input.value = state.text;
      if (sort) sort.value = state.sort;
      run(false);
    });

    input.value = state.text;
    if (sort) sort.value = state.sort;
    if (!isEmpty()) run(false);
  }

  var api = { fold: fold, words: words, stem: stem, queryTerms: queryTerms, decode: decode, Engine: Engine };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
    else enhance();
  }
})();
