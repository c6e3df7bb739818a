import { builder } from "../builder.js";

export const EventTypeEnum = builder.enumType("EventType", {
  description: "What kind of interaction an event is.",
  values: {
    CALL: { description: "A phone call." },
    MEETING: { description: "Talks or a meeting in person." },
    VISIT: { description: "A visit to a country." },
    SIGNING: { description: "The signing of an agreement." },
    MESSAGE: {
      description:
        "A written message, letter or cable; the initiator is the sender (CAMEO 040, consult).",
    },
    SUMMIT: {
      description:
        "A multilateral summit, conference or ministerial meeting as such, with the named persons who attend (CAMEO 044, meet at a third location).",
    },
    OTHER: { description: "Any other reported interaction." },
  } as const,
});

export const MessageDirectionEnum = builder.enumType("MessageDirection", {
  description: "Which way a written message went, seen from one party.",
  values: { SENT: { value: "sent" }, RECEIVED: { value: "received" } } as const,
});

export const DatePrecisionEnum = builder.enumType("DatePrecision", {
  description: "How precise a date is.",
  values: {
    DAY: { value: "day" },
    MONTH: { value: "month" },
    YEAR: { value: "year" },
  } as const,
});

export const ParticipantRoleEnum = builder.enumType("ParticipantRole", {
  description: "The part a person played in an event.",
  values: {
    CALLER: { value: "caller" },
    CALLEE: { value: "callee" },
    HOST: { value: "host" },
    GUEST: { value: "guest" },
    VISITOR: { value: "visitor" },
    SIGNATORY: { value: "signatory" },
    SENDER: { value: "sender" },
    RECIPIENT: { value: "recipient" },
    ATTENDEE: { value: "attendee" },
    PARTICIPANT: { value: "participant" },
  } as const,
});

export const InteractionKindEnum = builder.enumType("InteractionKind", {
  values: { EVENT: {}, AGREEMENT: {} } as const,
});

export const PathDirectionEnum = builder.enumType("PathDirection", {
  description: "Which way a relationship of a path points, read from the start of the path.",
  values: {
    FORWARD: { description: "From the previous step's node to this one." },
    BACKWARD: { description: "From this step's node to the previous one." },
  } as const,
});

export const IngestStatusEnum = builder.enumType("IngestStatus", {
  values: {
    LOADED: { description: "A new article: its facts were added." },
    REPLACED: { description: "A changed article: its old facts were replaced." },
    UNCHANGED: { description: "The same text was already loaded: nothing changed." },
  } as const,
});

export const PersonOrderEnum = builder.enumType("PersonOrder", {
  description: "How a list of persons is ordered.",
  values: {
    NAME: { value: "name", description: "By English name." },
    CENTRALITY: {
      value: "centrality",
      description:
        "Most central first (PageRank over the network of persons; see npm run analyze).",
    },
  } as const,
});

export const EventOrderEnum = builder.enumType("EventOrder", {
  description: "How a list of events is ordered.",
  values: {
    DATE_ASC: { description: "Oldest first (by first day, then id); undated ones last." },
    DATE_DESC: { description: "Newest first; undated ones last." },
  } as const,
});

export const CountPeriodEnum = builder.enumType("CountPeriod", {
  description: "The periods events are counted by.",
  values: {
    MONTH: { description: "YYYY-MM; an event dated to its year only is counted in the year." },
    YEAR: { description: "YYYY." },
  } as const,
});
