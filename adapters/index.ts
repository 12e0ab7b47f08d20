// Every channel adapter, one line each: a new platform is a folder under adapters/ (adapter-spec.ts) and a line here.
import { emailAdapter } from './email/index.js';
import { genericAdapter } from './generic/index.js';
import { metaAdapter } from './meta/index.js';
import { telegramAdapter } from './telegram/index.js';
import { tiktokAdapter } from './tiktok/index.js';
import { webformAdapter } from './webform/index.js';
import { xAdapter } from './x/index.js';
import { youtubeAdapter } from './youtube/index.js';

export const ADAPTERS = [
  genericAdapter,
  metaAdapter,
  telegramAdapter,
  xAdapter,
  tiktokAdapter,
  youtubeAdapter,
  webformAdapter,
  emailAdapter,
] as const;
