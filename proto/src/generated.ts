// The one door to the generated code: the runtime setting must run before it loads.
import './long-as-number.ts';

export { csb, google } from '../gen/csb.js';
