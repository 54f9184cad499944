import { createApp } from 'vue';
// Registers every element once, before Vue mounts; safe to import again elsewhere.
import '@cst/widgets/cst-widgets.js';
import App from './App.vue';

createApp(App).mount('#app');
