/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CMS_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** Written by the production web server into /config.js at container start. */
interface Window {
  __RUNTIME_CONFIG__?: { cmsUrl?: string };
}
