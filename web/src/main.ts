import './app/rh-app.js';
