/** Example operations preloaded in GraphiQL: pick one with the run button's menu. */
export const EXAMPLE_QUERIES = `# Arabic news knowledge graph: persons, calls, meetings, visits, agreements and the
# articles that reported them. Pick an operation with the run button's menu.

# Who Sergey Lavrov called, and where that was reported.
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

# Who Nasser Bourita dealt with, how often and when.
query BouritaCounterparts {
  person(id: "nasser-bourita") {
    nameEn
    counterparts { person { nameEn } count types firstDate lastDate }
  }
}

# Everything between Morocco and Russia, by date.
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

# The shortest connection between two persons.
query Connection {
  path(from: "nasser-bourita", to: "vladimir-putin", maxHops: 6) {
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

# Calls in 2025 and later, with a page cursor and the total.
query Calls {
  events(filter: { type: CALL, from: "2025" }, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { date type participants { role person { nameEn } } } }
  }
}

# Full-text search, Arabic or English.
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
`;
