import { builder } from "../builder.js";
import { LIST_SIZE, type PageSize } from "../pagination.js";
import { EventOrderEnum, EventTypeEnum } from "./enums.js";

/**
 * The arguments of a list by date: the range its items overlap and how many to return. A
 * fresh set per field (argument refs are not meant to be shared between fields).
 */
export const datedListArgs = (size: PageSize = LIST_SIZE) =>
  builder.args((t) => ({
    from: t.field({ type: "PartialDate" }),
    to: t.field({ type: "PartialDate" }),
    first: t.int({
      description: `At most this many (default ${size.default}, max ${size.max}).`,
    }),
  }));

/** The arguments of a page of someone's events: a type, the dates they overlap, a window. */
export const eventPageArgs = () =>
  builder.args((t) => ({
    type: t.field({ type: EventTypeEnum }),
    from: t.field({ type: "PartialDate" }),
    to: t.field({ type: "PartialDate" }),
    first: t.int({ description: "Page size (default 20, max 100)." }),
    after: t.string({ description: "Cursor of the last item of the previous page." }),
    orderBy: t.field({ type: EventOrderEnum, defaultValue: "DATE_ASC" }),
  }));

/** Which events count: a type, the dates they overlap, and whether planned ones do too. */
export const countedEventArgs = () =>
  builder.args((t) => ({
    type: t.field({ type: EventTypeEnum }),
    from: t.field({ type: "PartialDate" }),
    to: t.field({ type: "PartialDate" }),
    includePlanned: t.boolean({
      defaultValue: false,
      description: "Count events that were only planned as well (default: held ones only).",
    }),
  }));
