import Foundation
import KiosqueLoad

/// The files of a new portal repository (`kiosque init`): settings, one example dataset, a French README,
/// and the CI that checks and publishes it on GitHub Pages or GitLab Pages.
public enum PortalScaffold {
    /// Where the workflows download a released `kiosque` binary; they fall back to building it from source.
    public static let releaseURL = "https://github.com/kiosque-portail/kiosque/releases/latest/download/kiosque-linux-x86_64"
    public static let sourceURL = "https://github.com/kiosque-portail/kiosque.git"

    public struct Settings: Sendable {
        public var title: String
        public var baseURL: String
        public var organization: String
        public var email: String

        public init(title: String, baseURL: String, organization: String, email: String) {
            self.title = title
            self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            self.organization = organization
            self.email = email
        }
    }

    /// Relative path → text of every file of the new repository.
    public static func files(_ settings: Settings) -> [(path: String, text: String)] {
        let orgID = WebAddress.slug(from: settings.organization)
        return [
            ("site/portal.yaml", portalYAML(settings, orgID: orgID)),
            ("site/organizations/\(orgID).yaml", """
                name: \(quoted(settings.organization))
                type: commune
                email: \(settings.email)
                description: |
                  Présentez ici l'organisation qui publie les données.

                """),
            ("site/pages/a-propos.md", """
                ---
                title: À propos
                description: Qui publie ce portail et pourquoi.
                ---
                Ce portail publie les données ouvertes de \(settings.organization). Elles sont libres de réutilisation
                dans le respect de leur licence.

                """),
            ("data/exemple-equipements/dataset.yaml", exampleDescriptor(orgID: orgID)),
            ("data/exemple-equipements/equipements.csv", """
                nom,categorie,adresse,latitude,longitude
                Mairie,Administration,1 place de la Mairie,47.8700,2.0400
                Bibliothèque municipale,Culture,3 rue des Écoles,47.8712,2.0421
                Gymnase,Sport,12 avenue du Stade,47.8688,2.0385

                """),
            (".gitignore", "public/\n.kiosque/\n.DS_Store\n"),
            ("README.md", readme(settings)),
            (".github/workflows/portail.yml", githubWorkflow),
            (".gitlab-ci.yml", gitlabCI),
        ]
    }

    /// Writes the files into `directory`, which must be absent or empty; never overwrites anything.
    public static func write(_ settings: Settings, into directory: String) throws {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: directory), !entries.filter({ $0 != ".git" }).isEmpty {
            throw ScaffoldError.notEmpty(directory)
        }
        for (path, text) in files(settings) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
    }

    public enum ScaffoldError: Error, CustomStringConvertible {
        case notEmpty(String)
        public var description: String {
            switch self {
            case let .notEmpty(path): "le dossier « \(path) » n'est pas vide : choisissez un nouveau dossier"
            }
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func portalYAML(_ settings: Settings, orgID: String) -> String {
        """
        # Réglages du portail. Chaque ligne « clé: valeur » ; les lignes qui commencent par # sont des commentaires.
        title: \(quoted(settings.title))
        description: |
          Les données publiques de \(settings.organization), libres de réutilisation.
        # Adresse publique du portail (GitHub Pages : https://<compte>.github.io/<dépôt>/).
        base_url: \(settings.baseURL)
        language: fr
        # L'organisation qui publie les jeux de données qui n'en nomment pas d'autre (site/organizations/<id>.yaml).
        publisher: \(orgID)
        contact:
          email: \(settings.email)

        """
    }

    static func exampleDescriptor(orgID: String) -> String {
        """
        # Un jeu de données d'exemple : modifiez-le ou supprimez ce dossier.
        title: Équipements publics (exemple)
        description: |
          La liste des équipements publics de la commune, avec leur adresse et leur position.
        organization: \(orgID)
        license: etalab-2.0
        themes: [regi, educ]
        keywords: [équipements, services publics]
        frequency: annual

        """
    }

    static func readme(_ settings: Settings) -> String {
        """
        # \(settings.title)

        Ce dépôt contient le portail de données ouvertes de \(settings.organization), construit avec Kiosque.
        Il est publié automatiquement à chaque modification de la branche principale.

        ## Ajouter ou modifier des données

        - Chaque jeu de données est un dossier de `data/` : un fichier `dataset.yaml` (titre, description,
          licence…) et les fichiers de données (CSV, GeoJSON, PDF…).
        - Les réglages du portail sont dans `site/portal.yaml` ; les producteurs dans `site/organizations/`.
        - Les actualités vont dans `site/news/AAAA-MM-JJ-titre.md`, les réutilisations dans `site/reuses/`.

        Vous pouvez tout modifier depuis l'éditeur web de votre forge (GitHub ou GitLab). Après chaque
        enregistrement, la vérification automatique signale les erreurs sur la ligne concernée ; tant qu'il
        en reste, la version en ligne n'est pas remplacée.

        ## Publier

        - **GitHub** : Settings → Pages → Source : « GitHub Actions ». Le fichier `.github/workflows/portail.yml`
          vérifie et publie le portail.
        - **GitLab** : le fichier `.gitlab-ci.yml` publie le portail sur GitLab Pages.

        ## Construire sur son poste

        ```sh
        kiosque check .    # vérifie tout, n'écrit rien
        kiosque build .    # construit le site dans public/
        ```

        """
    }

    static let githubWorkflow = """
        # Vérifie le portail à chaque modification et le publie sur GitHub Pages depuis la branche principale.
        name: Portail
        on:
          push:
            branches: [main]
          pull_request:
          workflow_dispatch:
        permissions:
          contents: read
          pages: write
          id-token: write
        concurrency:
          group: pages
          cancel-in-progress: true
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0   # tout l'historique : les dates de publication viennent de Git
              - name: Obtenir Kiosque
                run: |
                  if curl -fsSL -o kiosque "\(releaseURL)"; then
                    chmod +x kiosque
                  else
                    # Repli : compiler Kiosque (Swift 6 et les paquets libyaml-dev, libcmark-gfm-dev nécessaires).
                    sudo apt-get update -qq
                    sudo apt-get install -y -qq libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
                    git clone --depth 1 \(sourceURL) /tmp/kiosque
                    swift build -c release --package-path /tmp/kiosque --product kiosque
                    cp /tmp/kiosque/.build/release/kiosque kiosque
                  fi
              - name: Schémas de données
                # Copie locale des schémas https déclarés (schema.data.gouv.fr…), pour vérifier les fichiers CSV ;
                # si le téléchargement échoue, la publication continue et signale les fichiers non vérifiés.
                run: ./kiosque schemas . --fetch
                continue-on-error: true
              - name: Vérifier
                run: ./kiosque check . --format github
              - id: pages
                uses: actions/configure-pages@v5
              - name: Construire
                run: ./kiosque build . --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: public
          deploy:
            if: github.event_name != 'pull_request'
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """

    static let gitlabCI = """
        # Vérifie le portail à chaque modification et le publie sur GitLab Pages depuis la branche principale.
        # Les erreurs s'affichent sur la bonne ligne dans les merge requests (rapport « Code Quality »).
        variables:
          GIT_DEPTH: 0   # tout l'historique : les dates de publication viennent de Git
        default:
          image: debian:bookworm-slim
          before_script:
            - apt-get update -qq && apt-get install -y -qq curl ca-certificates git
            # Le binaire publié de Kiosque, sans rien compiler. Repli, s'il n'est pas téléchargeable : une image
            # swift:6.3-bookworm, `apt-get install -y libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev`, puis
            # `git clone --depth 1 \(sourceURL) /tmp/kiosque && swift build -c release --package-path /tmp/kiosque
            # --product kiosque && cp /tmp/kiosque/.build/release/kiosque kiosque`.
            - curl -fsSL -o kiosque "\(releaseURL)" && chmod +x kiosque
            # Copie locale des schémas https déclarés, pour vérifier les fichiers CSV (la publication continue sans).
            - ./kiosque schemas . --fetch || echo "Schémas non téléchargés, les fichiers concernés ne seront pas vérifiés."
        check:
          stage: test
          script:
            - ./kiosque check . --format gitlab > gl-code-quality-report.json
          artifacts:
            when: always
            reports:
              codequality: gl-code-quality-report.json
        pages:
          stage: deploy
          script:
            - ./kiosque build . --base-url "$CI_PAGES_URL/"
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
}
