/**
 * Example operations preloaded in the playground, one tab each so that Run runs it at once; the
 * integration tests run every one against the seeds.
 */
export interface Example {
  readonly name: string;
  readonly query: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    name: "LavrovCalls",
    query: `# Who Sergey Lavrov called, and where that was reported.
query LavrovCalls {
  person(name: "سيرغي لافروف") {
    id
    nameEn
    nameAr
    called {
      date
      directed
      person { id nameEn nameAr }
      event { id type sources { article { file title } quote } }
    }
    calledBy { date person { nameEn } }
  }
}
`,
  },
  {
    name: "BouritaCounterparts",
    query: `# Who Nasser Bourita dealt with, how often and when.
query BouritaCounterparts {
  person(id: "nasser-bourita") {
    nameEn
    counterparts { person { nameEn } count types firstDate lastDate }
  }
}
`,
  },
  {
    name: "MoroccoRussia",
    query: `# Everything between Morocco and Russia, by date.
query MoroccoRussia {
  country(code: "MA") {
    nameEn
    relations(with: "RU") {
      kind
      date
      event { type participants { role person { nameEn } } }
      agreement { nameEn signatories { nameEn } }
    }
  }
}
`,
  },
  {
    name: "Connection",
    query: `# How two persons are connected: person to person through shared events, each step
# with the sentence that reports it; through agreements and countries only when asked.
query Connection {
  paths(from: "بوريطة", to: "Lavrov", first: 3) {
    length
    steps {
      node { __typename ... on Person { nameEn } ... on Event { type date } }
      source { quote article { id } }
    }
  }
  viaHubs: path(from: "Burita", to: "Poutine", via: [AGREEMENT, COUNTRY]) {
    length
    steps {
      relationship
      direction
      date
      node {
        __typename
        ... on Person { nameEn }
        ... on Event { type date }
        ... on Agreement { nameEn }
        ... on Country { code }
      }
    }
  }
}
`,
  },
  {
    name: "Calls",
    query: `# Calls in 2025 and later, with a page cursor and the total.
query Calls {
  events(filter: { type: CALL, from: "2025" }, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { date type participants { role person { nameEn } } } }
  }
}
`,
  },
  {
    name: "Search",
    query: `# Full-text search, Arabic or English.
query Search {
  search(text: "الشراكة الاستراتيجية") {
    score
    node {
      __typename
      ... on Person { nameEn }
      ... on Agreement { nameEn date }
      ... on Article { title }
    }
  }
}
`,
  },
];
