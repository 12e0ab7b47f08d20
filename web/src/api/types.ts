// Shapes of docs/api.md as the browser sees them. The case views are the server's own types (src/views), imported
// for the compiler only: `import type` is erased, so no server code reaches the bundle.
import type {
  CaseActionOffer as ServerCaseActionOffer,
  UserConversationView,
} from '@server/views/case-abilities';
import type { EventView } from '@server/views/event-view';
import type { MessageView } from '@server/views/message-view';
export type Role = 'admin' | 'supervisor' | 'officer';

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  agencyId: string | null;
  agency: { id: string; code: string; name: string; isHumas: boolean } | null;
  timezone: string;
  seesAllAgencies: boolean;
}

export interface Agency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  isHumas: boolean;
}

/** A server view as JSON carries it: dates arrive as ISO strings. */
export type Wire<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** A case as this user sees it, with what they may do to it (src/views/case-abilities.ts). */
export type Conversation = Wire<UserConversationView>;
export type Sla = Conversation['sla'];
export type CaseActionOffer = Wire<ServerCaseActionOffer>;
export type Message = Wire<MessageView>;
export type Attachment = Message['attachments'][number];
export type ConversationEvent = Wire<EventView>;

export interface CannedResponse {
  id: string;
  title: string;
  body: string;
  agencyId: string | null;
}

export interface Viewer {
  id: string;
  name: string;
  typing: boolean;
}
