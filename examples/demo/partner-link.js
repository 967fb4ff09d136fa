// The partner site runs on the API's port + 1 (see `grannskap-server start --demo`).
const link = document.getElementById('partner-link');
const port = Number(location.port || 80) + 1;
link.href = `${location.protocol}//${location.hostname}:${port}/`;
