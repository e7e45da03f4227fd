const here = import.meta.dirname;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The build lands under node_modules: the repository's lint, format and git leave it alone.
  distDir: 'node_modules/.next-build',
  // This app has its own lockfile inside the library's repository: it is its own root.
  turbopack: { root: here },
  outputFileTracingRoot: here,
};

export default nextConfig;
