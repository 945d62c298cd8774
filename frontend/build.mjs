// Builds the portal's one stylesheet and copies the font it preloads: `npm run build`, or
// `npm run watch` to build again on every change of the CSS.
//
// frontend/portal.css imports the design tokens, the NL Design System components the
// templates use and our own CSS; Lightning CSS bundles and minifies them for the browsers
// in package.json's "browserslist". Then every custom property that nothing reads is
// dropped: the Utrecht theme sets some 1,700 tokens on .utrecht-theme, of which the
// components in the bundle read a part. Output goes to frontend/dist/ (git-ignored),
// which Django collects as static files; whitenoise hashes and compresses it.
import { copyFileSync, mkdirSync, watch, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import browserslist from "browserslist";
import { browserslistToTargets, bundle, transform } from "lightningcss";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const out = join(here, "dist");
// The browsers come from package.json; their usage data is the pinned caniuse-lite's, on
// purpose (a build must not change with the day), so its age is no news.
process.env.BROWSERSLIST_IGNORE_OLD_DATA = "1";
const targets = browserslistToTargets(browserslist(null, { path: root }));

// Only the Latin subset: it covers Dutch, including the diacritics of Dutch names. Other
// characters (ł, ő) fall back to the next font in the stack instead of loading the
// 168 KB latin-ext file for one letter (static/css/fonts.css).
const FONTS = ["noto-sans-latin-wght-normal.woff2", "noto-sans-latin-wght-italic.woff2"];

/** The names of the custom properties used in a (piece of a) parsed declaration. */
function variablesIn(node, found = new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) variablesIn(item, found);
  } else if (node && typeof node === "object") {
    if (node.type === "var" && node.value?.name?.ident) found.add(node.value.name.ident);
    for (const value of Object.values(node)) variablesIn(value, found);
  }
  return found;
}

/** Custom properties that something reads: from a normal property, or from one that is read. */
function readCustomProperties(code) {
  const roots = new Set();
  const readBy = new Map(); // custom property -> the custom properties its value reads
  transform({
    filename: "portal.css",
    code,
    visitor: {
      // Lightning CSS files the properties it does not parse itself (content, clip, …) as
      // "custom" too: only names that start with "--" are custom properties.
      Declaration(declaration) {
        if (declaration.property === "custom" && declaration.value.name.startsWith("--")) {
          const { name, value } = declaration.value;
          const reads = readBy.get(name) ?? new Set();
          variablesIn(value, reads);
          readBy.set(name, reads);
        } else {
          variablesIn(declaration, roots);
        }
      },
    },
  });
  const read = new Set();
  const pending = [...roots];
  while (pending.length) {
    const name = pending.pop();
    if (read.has(name)) continue;
    read.add(name);
    pending.push(...(readBy.get(name) ?? []));
  }
  return read;
}

function build() {
  const bundled = bundle({ filename: join(here, "portal.css"), targets }).code;
  const read = readCustomProperties(bundled);
  const { code, warnings } = transform({
    filename: "portal.css",
    code: bundled,
    minify: true,
    targets,
    visitor: {
      Declaration: {
        // Returning nothing keeps a declaration; an empty list removes it.
        custom(property) {
          const unread = property.name.startsWith("--") && !read.has(property.name);
          return unread ? [] : undefined;
        },
      },
    },
  });
  for (const warning of warnings) console.warn(warning.message);

  mkdirSync(join(out, "css"), { recursive: true });
  writeFileSync(join(out, "css", "portal.css"), code);
  mkdirSync(join(out, "fonts"), { recursive: true });
  for (const font of FONTS) {
    const source = join(root, "node_modules/@fontsource-variable/noto-sans/files", font);
    copyFileSync(source, join(out, "fonts", font));
  }
  console.log(`frontend/dist/css/portal.css: ${code.length} bytes, ${read.size} custom properties`);
}

build();
if (process.argv.includes("--watch")) {
  let pending;
  const rebuild = (event, file) => {
    if (!file?.endsWith(".css")) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      try {
        build();
      } catch (error) {
        console.error(error.message);
      }
    }, 100);
  };
  for (const folder of [here, join(root, "static", "css")]) watch(folder, rebuild);
  console.log("Watching frontend/ and static/css/ for changes (Ctrl+C to stop)");
}
