/**
 * Builds the add-in's web part into dist/: taskpane.html + taskpane.js (React, Fluent UI v9), commands.html +
 * commands.js (function file), assets/ and manifest.xml. Shaped like the yo-office React template.
 *
 *   npm run build                      production, for Office (taskpane.html loads office.js from Microsoft's CDN)
 *   npm run build -- --env workbench   the same pages without office.js, plus the offline browser workbench
 *                                      (index.html + workbench.js: the add-in on the in-memory Excel host)
 *   npm run workbench                  the workbench at http://localhost:3000 (webpack dev server)
 *   webpack --env workbenchOnly        the workbench page alone (what `npm run workbench` and the e2e tests build)
 *   npm run dev-server                 http://localhost:3000 (add `-- --env https` for Office sideloading,
 *                                      which needs the office-addin-dev-certs certificate)
 *   RAKIT_ADDIN_URL=https://host/path/ npm run build   rewrites the manifest's https://localhost:3000/ URLs
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

async function httpsOptions() {
  // Only required for `--env https`; it creates/reads the trusted localhost certificate.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const workbenchOnly = Boolean(env.workbenchOnly);
  const workbench = workbenchOnly || Boolean(env.workbench);
  const officeJs = !workbench;
  const prodUrl = process.env.RAKIT_ADDIN_URL;

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
            selftest: "./src/selftest/selftest.ts",
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
              officeJs,
            }),
            new HtmlWebpackPlugin({
              filename: "commands.html",
              template: "./src/commands/commands.html",
              chunks: ["commands"],
              officeJs,
            }),
            new HtmlWebpackPlugin({
              filename: "selftest.html",
              template: "./src/selftest/selftest.html",
              chunks: ["selftest"],
              officeJs,
            }),
          ]),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              // index.html, so that the dev server's http://localhost:3000/ is the workbench.
              filename: "index.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev || !prodUrl) return content;
              return content
                .toString()
                .split(DEV_URL)
                .join(prodUrl.endsWith("/") ? prodUrl : `${prodUrl}/`);
            },
          },
        ],
      }),
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
