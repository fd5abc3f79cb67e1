// Generated from themes/default/ by DefaultThemeEmbeddingTests: do not edit by hand.
// Re-record with: RECORD_SNAPSHOTS=1 swift test --filter DefaultThemeEmbedding

let embeddedFiles: [String: String] = [
    "assets/kiosque.css": #"""
/* Kiosque default theme. System fonts only, no external resource; contrast ratios meet WCAG 2.1 AA. */
:root {
  --ink: #1b1b1f;
  --muted: #4a4a55;
  --paper: #ffffff;
  --soft: #f4f5f8;
  --line: #d5d7de;
  --accent: #0b4f9c;
  --accent-dark: #083a73;
  --accent-soft: #e6eef8;
  --focus: #c2410c;
  --radius: 6px;
  --wrap: 72rem;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  color: var(--ink);
  background: var(--paper);
}
img { max-width: 100%; height: auto; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: clamp(1.6rem, 1.2rem + 2vw, 2.3rem); margin-top: 0.8em; }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.1rem; }
.wrap { max-width: var(--wrap); margin: 0 auto; padding: 0 1.25rem; }
.narrow { max-width: 46rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--paper); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }

.site-header { background: var(--accent-dark); color: #fff; }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { display: inline-flex; align-items: center; gap: 0.6rem; color: #fff; font-weight: 700; font-size: 1.15rem; text-decoration: none; }
.brand:hover { color: #fff; text-decoration: underline; }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; padding: 0; }
.site-nav a { color: #fff; text-decoration: none; padding: 0.25rem 0; border-bottom: 2px solid transparent; }
.site-nav a:hover, .site-nav a[aria-current="page"] { border-bottom-color: #fff; color: #fff; }

main { display: block; padding-bottom: 3rem; }
main:focus { outline: none; }
.hero { background: var(--accent-soft); padding: 1.5rem 0 2rem; }
.hero h1 { margin-top: 0.3em; }
.lead { font-size: 1.1rem; max-width: 48rem; }
.search-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; max-width: 40rem; margin-top: 1rem; }
.search-form label { flex-basis: 100%; font-weight: 600; }
.search-form input { flex: 1 1 16rem; font: inherit; padding: 0.6rem 0.75rem; border: 2px solid var(--muted); border-radius: var(--radius); }
button, .button {
  display: inline-block; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none;
  padding: 0.6rem 1.1rem; border-radius: var(--radius); border: 2px solid var(--accent); background: var(--accent); color: #fff;
}
button:hover, .button:hover { background: var(--accent-dark); border-color: var(--accent-dark); color: #fff; }

.figures { list-style: none; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; padding: 0; margin: 1.5rem 0 0.5rem; }
.figures a { display: block; padding: 0.9rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); text-decoration: none; color: var(--ink); }
.figures a:hover { border-color: var(--accent); }
.figures strong { display: block; font-size: 1.6rem; color: var(--accent); }
.last-update, .count, .card-meta, .build-info, .preview-note, .resource-meta { color: var(--muted); }

.cards { list-style: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; padding: 0; margin: 0.5rem 0 1rem; }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; background: var(--paper); }
.card-title { margin: 0 0 0.3rem; font-size: 1.08rem; }
.card-meta { margin: 0 0 0.4rem; font-size: 0.92rem; }
.card-summary { margin: 0.3rem 0; }
.formats, .tags { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 0.5rem 0 0; }
.format, .tags li { font-size: 0.82rem; font-weight: 600; padding: 0.1rem 0.5rem; border-radius: 1rem; background: var(--soft); border: 1px solid var(--line); }
.tags a { text-decoration: none; }
.reuse-image { display: block; margin-bottom: 0.6rem; border-radius: calc(var(--radius) - 2px); }
.org-logo { float: right; margin-left: 1rem; }
.more { font-weight: 600; }

.breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem; padding: 0; margin: 1rem 0 0; font-size: 0.92rem; }
.breadcrumb li + li::before { content: "›"; margin-right: 0.3rem; color: var(--muted); }
.dataset-byline { color: var(--muted); }
.resources { list-style: none; padding: 0; }
.resource { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1.1rem; margin-bottom: 1rem; }
.resource h3 { margin: 0 0 0.25rem; }
.download { font-weight: 600; }
.preview summary { cursor: pointer; font-weight: 600; margin: 0.5rem 0; }
.table-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: var(--radius); }
table { border-collapse: collapse; font-size: 0.92rem; }
caption { text-align: left; padding: 0.4rem 0.6rem; font-weight: 600; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); position: sticky; top: 0; }
.table-scroll td { min-width: 6rem; max-width: 24rem; overflow-wrap: anywhere; }
.metadata { width: 100%; max-width: 48rem; }
.metadata th { width: 14rem; font-weight: 600; }
.description table, .page table, .post table { margin: 1rem 0; }
.description th, .description td, .page th, .page td { border: 1px solid var(--line); }
.news-list { list-style: none; padding: 0; }
.news-list li { padding: 0.75rem 0; border-bottom: 1px solid var(--line); }
.news-list h2 { font-size: 1.15rem; margin: 0 0 0.2rem; }
.theme-list { columns: 2 18rem; }
.edit { margin-top: 2rem; }

.site-footer { background: var(--soft); border-top: 1px solid var(--line); padding: 1.5rem 0; font-size: 0.95rem; }
.footer-links { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; }

@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
@media print { .site-header, .site-footer, .search-form, .skip-link { display: none; } a { color: inherit; } }

"""#,
    "i18n/en.yaml": #"""
# Interface texts of the default theme, in English.
# A portal may replace this file with themes/<name>/i18n/en.yaml.
skip_to_content: Skip to content
breadcrumb: Breadcrumb
formats: Formats
nav:
  label: Main menu
  datasets: Datasets
  organizations: Organizations
  themes: Themes
  reuses: Reuses
  news: News
footer:
  label: Footer
  catalog: DCAT catalogue
  built_with: Published with
  updated: updated on
search:
  label: Search datasets
  placeholder: "budget, trees, school meals…"
  button: Search
figures:
  title: The portal in figures
  datasets: datasets
  files: files
  organizations: organizations
  themes: themes
  reuses: reuses
  last_update: Data last updated on
home:
  title: Home
  featured: Featured
  latest: Recently updated
  all_datasets: All datasets
  reuses: Reuses
  all_reuses: All reuses
  news: News
  all_news: All news
datasets:
  title: Datasets
  count: dataset(s)
dataset:
  published_by: Published by
  updated: updated on
  themes: Themes
  description: Description
  resources: Files and resources
  information: Information
  keywords: Keywords
  reuses: Reuses of this data
  edit: Edit this dataset
meta:
  organization: Publisher
  license: Licence
  frequency: Update frequency
  issued: Published on
  modified: Modified on
  temporal: Time period
  spatial: Spatial coverage
  contact: Contact
  schema: Data schema
  identifier: Identifier
resource:
  download: Download
  open: Open
  kind.main: main file
  kind.documentation: documentation
  kind.api: API
  kind.code: code
  kind.other: other
preview:
  title: Preview
  rows: rows
  columns: columns
  first_rows: first rows
  encoding: Encoding
  delimiter: delimiter
organizations:
  title: Organizations
organization:
  website: Website
  type.commune: Municipality
  type.epci: Inter-municipal body
  type.departement: Department
  type.region: Region
  type.etat: State service
  type.association: Association
  type.entreprise: Company
  type.autre: Other body
themes:
  title: Themes
reuses:
  title: Reuses
  intro: Applications, visualizations and articles built on the portal's data.
  propose: Propose a reuse
reuse:
  by: by
  visit: Visit the reuse
  datasets: Data used
  type.application: Application
  type.visualization: Visualization
  type.article: Article
  type.api: API
  type.idea: Idea
  type.paper: Paper
  type.post: Post
  type.hardware: Hardware
news:
  title: News
  all: All news
notfound:
  title: Page not found
  text: The page you asked for does not exist or has moved.
  home: Back to the home page

"""#,
    "i18n/fr.yaml": #"""
# Textes de l'interface du thème par défaut, en français.
# Un portail peut remplacer ce fichier par themes/<nom>/i18n/fr.yaml.
skip_to_content: Aller au contenu
breadcrumb: Fil d'Ariane
formats: Formats
nav:
  label: Menu principal
  datasets: Jeux de données
  organizations: Organisations
  themes: Thèmes
  reuses: Réutilisations
  news: Actualités
footer:
  label: Pied de page
  catalog: Catalogue DCAT
  built_with: Publié avec
  updated: mis à jour le
search:
  label: Rechercher un jeu de données
  placeholder: "budget, arbres, cantine…"
  button: Rechercher
figures:
  title: Le portail en chiffres
  datasets: jeux de données
  files: fichiers
  organizations: organisations
  themes: thèmes
  reuses: réutilisations
  last_update: Dernière mise à jour des données le
home:
  title: Accueil
  featured: À la une
  latest: Mis à jour récemment
  all_datasets: Tous les jeux de données
  reuses: Réutilisations
  all_reuses: Toutes les réutilisations
  news: Actualités
  all_news: Toutes les actualités
datasets:
  title: Jeux de données
  count: jeu(x) de données
dataset:
  published_by: Publié par
  updated: mis à jour le
  themes: Thèmes
  description: Description
  resources: Fichiers et ressources
  information: Informations
  keywords: Mots-clés
  reuses: Réutilisations de ces données
  edit: Modifier ce jeu de données
meta:
  organization: Producteur
  license: Licence
  frequency: Fréquence de mise à jour
  issued: Publié le
  modified: Modifié le
  temporal: Période couverte
  spatial: Couverture géographique
  contact: Contact
  schema: Schéma de données
  identifier: Identifiant
resource:
  download: Télécharger
  open: Ouvrir
  kind.main: fichier principal
  kind.documentation: documentation
  kind.api: API
  kind.code: code
  kind.other: autre
preview:
  title: Aperçu
  rows: lignes
  columns: colonnes
  first_rows: premières lignes
  encoding: Encodage
  delimiter: séparateur
organizations:
  title: Organisations
organization:
  website: Site web
  type.commune: Commune
  type.epci: Intercommunalité (EPCI)
  type.departement: Département
  type.region: Région
  type.etat: Service de l'État
  type.association: Association
  type.entreprise: Entreprise
  type.autre: Autre organisme
themes:
  title: Thèmes
reuses:
  title: Réutilisations
  intro: Applications, visualisations et articles qui s'appuient sur les données du portail.
  propose: Proposer une réutilisation
reuse:
  by: par
  visit: Voir la réutilisation
  datasets: Données utilisées
  type.application: Application
  type.visualization: Visualisation
  type.article: Article
  type.api: API
  type.idea: Idée
  type.paper: Publication scientifique
  type.post: Billet
  type.hardware: Objet connecté
news:
  title: Actualités
  all: Toutes les actualités
notfound:
  title: Page introuvable
  text: La page demandée n'existe pas ou a été déplacée.
  home: Retour à l'accueil

"""#,
    "templates/404.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap narrow">
  <h1>{{t.notfound.title}}</h1>
  <p>{{t.notfound.text}}</p>
  <p><a href="{{root}}">{{t.notfound.home}}</a> · <a href="{{root}}datasets/">{{t.datasets.title}}</a></p>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/dataset-card.mustache": #"""
<li class="card">
  <h3 class="card-title"><a href="{{url}}">{{title}}</a></h3>
  <p class="card-meta">{{organization}}{{#modified}} · <time datetime="{{modified_iso}}">{{modified}}</time>{{/modified}}</p>
  {{#summary}}<p class="card-summary">{{summary}}</p>{{/summary}}
  {{#has_formats}}<ul class="formats" aria-label="{{t.formats}}">{{#formats}}<li class="format">{{.}}</li>{{/formats}}</ul>{{/has_formats}}
</li>

"""#,
    "templates/dataset.mustache": #"""
{{<layout}}
{{$content}}
{{#dataset}}
<div class="wrap">
  <nav class="breadcrumb" aria-label="{{t.breadcrumb}}"><ol><li><a href="{{root}}">{{t.home.title}}</a></li><li><a href="{{root}}datasets/">{{t.datasets.title}}</a></li><li aria-current="page">{{title}}</li></ol></nav>
  <article class="dataset">
    <header>
      <h1>{{title}}</h1>
      <p class="dataset-byline">{{t.dataset.published_by}} <a href="{{organization_url}}">{{organization}}</a>{{#modified}} · {{t.dataset.updated}} <time datetime="{{modified_iso}}">{{modified}}</time>{{/modified}}</p>
      {{#has_themes}}<ul class="tags" aria-label="{{t.dataset.themes}}">{{#themes}}<li><a href="{{url}}">{{label}}</a></li>{{/themes}}</ul>{{/has_themes}}
    </header>
    <section class="description" aria-labelledby="description">
      <h2 id="description">{{t.dataset.description}}</h2>
      {{{description_html}}}
    </section>
    <section aria-labelledby="ressources">
      <h2 id="ressources">{{t.dataset.resources}}</h2>
      <ul class="resources">
      {{#resources}}
        <li class="resource" id="{{anchor}}">
          <h3>{{title}}</h3>
          <p class="resource-meta"><span class="format">{{format}}</span>{{#size}} · {{size}}{{/size}} · {{kind}}</p>
          {{{description_html}}}
          <p><a class="download" href="{{url}}"{{^is_remote}} download{{/is_remote}}>{{#is_remote}}{{t.resource.open}}{{/is_remote}}{{^is_remote}}{{t.resource.download}}{{/is_remote}}<span class="visually-hidden"> {{title}}</span></a></p>
          {{#preview}}
          <details class="preview" open>
            <summary>{{t.preview.title}} ({{shown}} / {{row_count}} {{t.preview.rows}}, {{column_count}} {{t.preview.columns}})</summary>
            <div class="table-scroll" role="region" aria-label="{{t.preview.title}} : {{caption}}" tabindex="0">
              <table>
                <caption>{{caption}} — {{t.preview.first_rows}}</caption>
                <thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead>
                <tbody>
                {{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
                {{/rows}}
                </tbody>
              </table>
            </div>
            <p class="preview-note">{{t.preview.encoding}} {{encoding}} · {{t.preview.delimiter}} « {{delimiter}} »</p>
          </details>
          {{/preview}}
        </li>
      {{/resources}}
      </ul>
    </section>
    <section aria-labelledby="informations">
      <h2 id="informations">{{t.dataset.information}}</h2>
      <table class="metadata">
        <caption class="visually-hidden">{{t.dataset.information}}</caption>
        <tbody>
        {{#metadata}}<tr><th scope="row">{{label}}</th><td>{{#has_url}}<a href="{{url}}">{{value}}</a>{{/has_url}}{{^has_url}}{{value}}{{/has_url}}</td></tr>
        {{/metadata}}
        </tbody>
      </table>
      {{#has_keywords}}<h3>{{t.dataset.keywords}}</h3><ul class="tags">{{#keywords}}<li>{{.}}</li>{{/keywords}}</ul>{{/has_keywords}}
    </section>
    {{#has_reuses}}
    <section aria-labelledby="reutilisations">
      <h2 id="reutilisations">{{t.dataset.reuses}}</h2>
      <ul class="cards">{{#reuses}}{{> reuse-card}}{{/reuses}}</ul>
    </section>
    {{/has_reuses}}
    {{#edit_url}}<p class="edit"><a href="{{edit_url}}">{{t.dataset.edit}}</a></p>{{/edit_url}}
  </article>
</div>
{{/dataset}}
{{/content}}
{{/layout}}

"""#,
    "templates/datasets.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.datasets.title}}</h1>
  <p class="count">{{count}} {{t.datasets.count}}</p>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/home.mustache": #"""
{{<layout}}
{{$content}}
<section class="hero">
  <div class="wrap">
    <h1>{{portal.title}}</h1>
    <div class="lead">{{{portal.description_html}}}</div>
    <form class="search-form" action="{{root}}datasets/" method="get" role="search">
      <label for="q">{{t.search.label}}</label>
      <input id="q" name="q" type="search" placeholder="{{t.search.placeholder}}">
      <button type="submit">{{t.search.button}}</button>
    </form>
  </div>
</section>
<div class="wrap">
  <section aria-labelledby="chiffres">
    <h2 id="chiffres" class="visually-hidden">{{t.figures.title}}</h2>
    <ul class="figures">
      {{#figures}}<li><a href="{{url}}"><strong>{{value}}</strong> <span>{{label}}</span></a></li>
      {{/figures}}
    </ul>
    {{#last_update}}<p class="last-update">{{t.figures.last_update}} {{last_update}}</p>{{/last_update}}
  </section>
  {{#has_featured}}
  <section aria-labelledby="a-la-une">
    <h2 id="a-la-une">{{t.home.featured}}</h2>
    <ul class="cards">{{#featured}}{{> dataset-card}}{{/featured}}</ul>
  </section>
  {{/has_featured}}
  <section aria-labelledby="recents">
    <h2 id="recents">{{t.home.latest}}</h2>
    <ul class="cards">{{#latest}}{{> dataset-card}}{{/latest}}</ul>
    <p><a class="more" href="{{root}}datasets/">{{t.home.all_datasets}}</a></p>
  </section>
  {{#has_reuses}}
  <section aria-labelledby="reutilisations">
    <h2 id="reutilisations">{{t.home.reuses}}</h2>
    <ul class="cards">{{#reuses}}{{> reuse-card}}{{/reuses}}</ul>
    <p><a class="more" href="{{root}}reuses/">{{t.home.all_reuses}}</a></p>
  </section>
  {{/has_reuses}}
  {{#has_news}}
  <section aria-labelledby="actualites">
    <h2 id="actualites">{{t.home.news}}</h2>
    <ul class="news-list">{{#news}}<li><a href="{{url}}">{{title}}</a> <time datetime="{{date_iso}}">{{date}}</time><p>{{summary}}</p></li>{{/news}}</ul>
    <p><a class="more" href="{{root}}news/">{{t.home.all_news}}</a></p>
  </section>
  {{/has_news}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/layout.mustache": ##"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page_title}}</title>
<meta name="description" content="{{meta_description}}">
<meta name="generator" content="{{generator}}">
{{#canonical}}<link rel="canonical" href="{{canonical}}">
{{/canonical}}
<link rel="stylesheet" href="{{root}}theme/kiosque.css">
<link rel="alternate" type="application/ld+json" title="DCAT-AP (JSON-LD)" href="{{root}}catalog.jsonld">
{{$head}}{{/head}}
</head>
<body class="page-{{section}}">
<a class="skip-link" href="#contenu">{{t.skip_to_content}}</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="{{root}}">{{#portal.logo}}<img src="{{portal.logo}}" alt="" width="40" height="40"> {{/portal.logo}}<span>{{portal.title}}</span></a>
    <nav class="site-nav" aria-label="{{t.nav.label}}">
      <ul>
        {{#nav}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/nav}}
      </ul>
    </nav>
  </div>
</header>
<main id="contenu" tabindex="-1">
{{$content}}{{/content}}
</main>
<footer class="site-footer">
  <div class="wrap">
    {{{portal.footer_html}}}
    <nav aria-label="{{t.footer.label}}">
      <ul class="footer-links">
        {{#pages}}<li><a href="{{url}}">{{title}}</a></li>
        {{/pages}}
        <li><a href="{{root}}catalog.jsonld">{{t.footer.catalog}}</a></li>
      </ul>
    </nav>
    <p class="build-info">{{t.footer.built_with}} {{generator}} · {{t.footer.updated}} <time datetime="{{build_date_iso}}">{{build_date}}</time></p>
  </div>
</footer>
</body>
</html>

"""##,
    "templates/news.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.news.title}}</h1>
  <ul class="news-list">
  {{#posts}}<li><h2><a href="{{url}}">{{title}}</a></h2><time datetime="{{date_iso}}">{{date}}</time><p>{{summary}}</p></li>
  {{/posts}}
  </ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/organization.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  {{#organization}}
  <header class="org-header">
    {{#logo}}<img class="org-logo" src="{{logo}}" alt="" width="72" height="72">{{/logo}}
    <h1>{{title}}</h1>
    {{#type}}<p class="card-meta">{{type}}{{#siren}} · SIREN {{siren}}{{/siren}}</p>{{/type}}
  </header>
  {{{description_html}}}
  <ul class="org-links">
    {{#url}}<li><a href="{{url}}">{{t.organization.website}}</a></li>{{/url}}
    {{#email}}<li><a href="mailto:{{email}}">{{email}}</a></li>{{/email}}
  </ul>
  {{/organization}}
  <h2>{{t.datasets.title}} ({{count}})</h2>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/organizations.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.organizations.title}}</h1>
  <ul class="cards">
  {{#organizations}}
    <li class="card">
      {{#logo}}<img class="org-logo" src="{{logo}}" alt="" width="48" height="48">{{/logo}}
      <h2 class="card-title"><a href="{{url}}">{{title}}</a></h2>
      <p class="card-meta">{{count}} {{t.datasets.count}}</p>
      {{#summary}}<p class="card-summary">{{summary}}</p>{{/summary}}
    </li>
  {{/organizations}}
  </ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/page.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap narrow">
  {{#page}}
  <article class="page">
    <h1>{{title}}</h1>
    {{{body_html}}}
  </article>
  {{/page}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/post.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap narrow">
  {{#post}}
  <article class="post">
    <h1>{{title}}</h1>
    <p class="card-meta"><time datetime="{{date_iso}}">{{date}}</time></p>
    {{#image}}<img class="post-image" src="{{image}}" alt="">{{/image}}
    {{{body_html}}}
  </article>
  {{/post}}
  <p><a href="{{root}}news/">{{t.news.all}}</a></p>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/reuse-card.mustache": #"""
<li class="card reuse-card">
  {{#image}}<img class="reuse-image" src="{{image}}" alt="" loading="lazy">{{/image}}
  <h3 class="card-title"><a href="{{url}}">{{title}}</a></h3>
  <p class="card-meta">{{type}}{{#author}} · {{author}}{{/author}}</p>
  {{#summary}}<p class="card-summary">{{summary}}</p>{{/summary}}
</li>

"""#,
    "templates/reuse.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  {{#reuse}}
  <article class="reuse">
    <h1>{{title}}</h1>
    <p class="card-meta">{{type}}{{#author}} · {{t.reuse.by}} {{#author_url}}<a href="{{author_url}}">{{author}}</a>{{/author_url}}{{^author_url}}{{author}}{{/author_url}}{{/author}}{{#date}} · {{date}}{{/date}}</p>
    {{#image}}<img class="reuse-hero" src="{{image}}" alt="">{{/image}}
    {{{description_html}}}
    {{#external_url}}<p><a class="button" href="{{external_url}}">{{t.reuse.visit}}</a></p>{{/external_url}}
  </article>
  {{/reuse}}
  <h2>{{t.reuse.datasets}}</h2>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/reuses.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.reuses.title}}</h1>
  <p>{{t.reuses.intro}}</p>
  <ul class="cards">{{#reuses}}{{> reuse-card}}{{/reuses}}</ul>
  {{#propose_url}}<p><a class="button" href="{{propose_url}}">{{t.reuses.propose}}</a></p>{{/propose_url}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/theme.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{theme.title}}</h1>
  <p class="count">{{count}} {{t.datasets.count}}</p>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/themes.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.themes.title}}</h1>
  <ul class="theme-list">
  {{#themes}}<li><a href="{{url}}">{{title}}</a> <span class="count">({{count}})</span></li>
  {{/themes}}
  </ul>
</div>
{{/content}}
{{/layout}}

"""#,
]
