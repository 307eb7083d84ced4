// Dev and test stand-in. In production the web server writes this file at
// container start with the real values, e.g. {"cmsUrl":"https://cms.example.org"}.
window.__RUNTIME_CONFIG__ = {};
