import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * An agency's working calendar: its hours and regional days off. National holidays and cuti bersama come from
 * data/calendars/holidays-id.json and are added when the calendar is loaded (src/sla/agency-calendar.ts).
 */
const calendarSchema = new Schema(
  {
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true },
    timezone: { type: String, default: 'Asia/Makassar' },
    /** ISO weekday ("1" = Monday) -> [["07:30","12:00"], ...]; null means the government default hours. */
    workingHours: { type: Schema.Types.Mixed, default: null },
    /** Regional days off (YYYY-MM-DD, local), e.g. a kabupaten's anniversary. */
    regionalHolidays: { type: [String], default: [] },
    includeCutiBersama: { type: Boolean, default: true },
  },
  { timestamps: true },
);

// SLA scheduling loads the calendar of the agency holding a case: findOne({ agencyId }).
calendarSchema.index({ agencyId: 1 }, { unique: true });

export type CalendarDoc = InferSchemaType<typeof calendarSchema>;
export const CalendarModel = model('Calendar', calendarSchema);
