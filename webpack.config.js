/**
 * Builds Rakit's web part into dist/, shaped like the yo-office React template:
 *   taskpane.html + taskpane.js   the task pane (React, Fluent UI v9); the self-test scenarios are a chunk
 *                                 of their own (selftest.js), loaded when Bantuan runs them
 *   commands.html + commands.js   the function file
 *   bantuan.html                  the help page (SupportUrl, LearnMoreUrl, Bantuan's links); static
 *   index.html + workbench.js     "Rakit tanpa Excel": the add-in on the in-memory Excel host, with the
 *                                 sample RAK, offline from any static host
 *   assets/, the manifest
 *
 *   RAKIT_ADDIN_URL=https://host/path/ npm run build
 *                                      for an office's server: dist/manifest.xml with every URL on
 *                                      https://host/path/ (scripts/manifestUrls.js), then checked against
 *                                      the manifest schemas (scripts/validate-manifest.js dist)
 *   npm run build                      the same without a URL: the manifest still points at
 *                                      https://localhost:3000/, so it is written as
 *                                      dist/manifest.localhost.xml, with a notice, and never mistaken
 *                                      for one to install
 *   npm run workbench                  the workbench at http://localhost:3000 (webpack dev server)
 *   webpack --env workbenchOnly        the workbench and help pages alone (`npm run workbench`, e2e tests)
 *   npm run dev-server                 http://localhost:3000 (add `-- --env https` for Office sideloading,
 *                                      which needs the office-addin-dev-certs certificate; `--env workbench`
 *                                      serves the workbench beside the add-in)
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinBaseUrl, rewriteManifestUrls } = require("./scripts/manifestUrls");

/** Where the production build writes a manifest that still points at the dev server. */
const LOCALHOST_MANIFEST = "manifest.localhost.xml";

async function httpsOptions() {
  // Only required for `--env https`; it creates/reads the trusted localhost certificate.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * The manifest's copy. Development copies it as it is (it points at the dev server). Production
 * rewrites it for RAKIT_ADDIN_URL or, without one, writes it as manifest.localhost.xml.
 */
function manifestCopy(dev, prodUrl) {
  if (dev) return { from: "manifest.xml", to: "manifest.xml" };
  if (!prodUrl) return { from: "manifest.xml", to: LOCALHOST_MANIFEST };
  return {
    from: "manifest.xml",
    to: "manifest.xml",
    transform: (content) => rewriteManifestUrls(content.toString(), prodUrl),
  };
}

/** After webpack's own output: which manifest the production build wrote, and what to do without a URL. */
class ManifestNoticePlugin {
  constructor(prodUrl) {
    this.prodUrl = prodUrl;
  }

  apply(compiler) {
    compiler.hooks.afterDone.tap("RakitManifestNotice", (stats) => {
      if (stats.hasErrors()) return;
      const lines = this.prodUrl
        ? [`Rakit: dist/manifest.xml points at ${addinBaseUrl(this.prodUrl).base}`]
        : [
            "Rakit: RAKIT_ADDIN_URL is not set, so no dist/manifest.xml was written.",
            `       dist/${LOCALHOST_MANIFEST} points at https://localhost:3000/ (development only).`,
            "       For an office's server: RAKIT_ADDIN_URL=https://your-server/rakit/ npm run build",
          ];
      console.warn(`\n${lines.join("\n")}\n`);
    });
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const workbenchOnly = Boolean(env.workbenchOnly);
  // Production always builds "Rakit tanpa Excel" next to the add-in; the dev server only when asked.
  const workbench = workbenchOnly || !dev || Boolean(env.workbench);
  const prodUrl = dev ? undefined : process.env.RAKIT_ADDIN_URL || undefined;
  // A URL Office would refuse stops the build before webpack starts, naming the variable.
  if (prodUrl) addinBaseUrl(prodUrl);

  return {
    devtool: "source-map",
    // Also tells Terser not to emit newer syntax (it otherwise rewrites `a != null ? a : b` into `a ?? b`).
    target: ["web", "es2017"],
    entry: {
      ...(workbenchOnly
        ? {}
        : {
            taskpane: "./src/taskpane/index.tsx",
            commands: "./src/commands/commands.ts",
          }),
      // The workbench is its own entry (no shared chunks): the host, exceljs and the formula engine it
      // bundles never reach taskpane.js, whose size scripts/check-bundle.js budgets.
      ...(workbench ? { workbench: "./src/workbench/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Type checking is `npm run typecheck` (part of `npm test`); the bundle only needs JS. Files are
              // isolatedModules-safe, so per-file transpiling is exact.
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI down to the components we use.
              compilerOptions: { module: "esnext", target: "es2017", sourceMap: true },
            },
          },
        },
        {
          // Office 2019 on Windows runs add-ins in Edge Legacy (EdgeHTML 18), which cannot parse the ES2018+
          // syntax that React, Fluent UI and tabster ship (`?.`, `??`, object spread). TypeScript downlevels
          // them to ES2017 here; scripts/check-bundle.js fails the build if any slips through.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { module: "esnext", target: "es2017", allowJs: true, sourceMap: false },
            },
          },
        },
        {
          // The workbench's sample RAK, fetched from the page's own origin at start.
          test: /\.xlsx$/,
          type: "asset/resource",
          generator: { filename: "samples/[name][ext]" },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|ttf|woff|woff2)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      ...(workbenchOnly
        ? []
        : [
            new HtmlWebpackPlugin({
              filename: "taskpane.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["taskpane"],
            }),
            new HtmlWebpackPlugin({
              filename: "commands.html",
              template: "./src/commands/commands.html",
              chunks: ["commands"],
            }),
          ]),
      // The help page: no script, in every build (the workbench's pane links to it too).
      new HtmlWebpackPlugin({
        filename: "bantuan.html",
        template: "./src/help/bantuan.html",
        chunks: [],
        inject: false,
      }),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              // index.html, so that the folder's own address (and the dev server's http://localhost:3000/)
              // opens "Rakit tanpa Excel".
              filename: "index.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(workbenchOnly ? [] : [manifestCopy(dev, prodUrl)]),
        ],
      }),
      ...(dev || workbenchOnly ? [] : [new ManifestNoticePlugin(prodUrl)]),
    ],
    // The size budget is scripts/check-bundle.js (gzip, what Office downloads); webpack's raw-size hint is noise.
    performance: { hints: false },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.https ? { type: "https", options: await httpsOptions() } : "http",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

// For test/manifest/productionManifest.test.ts: which manifest each kind of build writes.
module.exports.manifestCopy = manifestCopy;
module.exports.LOCALHOST_MANIFEST = LOCALHOST_MANIFEST;
