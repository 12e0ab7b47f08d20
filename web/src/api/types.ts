// Shapes of docs/api.md as the browser sees them: the server's own view types, imported for the compiler only
// (`import type` is erased, so no server code reaches the bundle; vite does not even resolve `@server/`).
import type { CannedResponseView } from '@server/api/canned';
import type {
  CaseActionOffer as ServerCaseActionOffer,
  UserConversationView,
} from '@server/views/case-abilities';
import type { EventView } from '@server/views/event-view';
import type { MessageView } from '@server/views/message-view';
import type { AgencyView, UserView } from '@server/views/user-view';
import type { Viewer } from '@server/presence/presence';

export type { Role } from '@server/domain/labels';

/** A server view as JSON carries it: dates arrive as ISO strings. */
export type Wire<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type User = Wire<UserView>;
export type Agency = AgencyView;
/** A case as this user sees it, with what they may do to it (src/views/case-abilities.ts). */
export type Conversation = Wire<UserConversationView>;
export type Sla = Conversation['sla'];
export type CaseActionOffer = Wire<ServerCaseActionOffer>;
export type Message = Wire<MessageView>;
export type Attachment = Message['attachments'][number];
export type ConversationEvent = Wire<EventView>;
export type CannedResponse = CannedResponseView;
export type { Viewer };
