/**
 * The same graph served by @neo4j/graphql: type definitions of the project's graph model (see
 * README "Graph model"), read-only (no generated mutations), over the same Neo4j database.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";

export const TYPE_DEFS = /* GraphQL */ `
  type Person @node @mutation(operations: []) {
    id: ID!
    nameEn: String
    nameAr: String
    nameEnSource: String
    aliases: [String!]
    role: String
    country: String
    qid: String
    source: String
    called: [Person!]! @relationship(type: "CALLED", direction: OUT, properties: "Called")
    calledBy: [Person!]! @relationship(type: "CALLED", direction: IN, properties: "Called")
    met: [Person!]! @relationship(type: "MET", direction: OUT, properties: "Dated")
    metBy: [Person!]! @relationship(type: "MET", direction: IN, properties: "Dated")
    visited: [Country!]! @relationship(type: "VISITED", direction: OUT, properties: "Dated")
    signed: [Agreement!]! @relationship(type: "SIGNED", direction: OUT, properties: "Signed")
    represents: [Country!]! @relationship(type: "REPRESENTS", direction: OUT, properties: "Represents")
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }

  type Country @node @mutation(operations: []) {
    code: ID!
    nameEn: String
    nameAr: String
    people: [Person!]! @relationship(type: "REPRESENTS", direction: IN, properties: "Represents")
    visitors: [Person!]! @relationship(type: "VISITED", direction: IN, properties: "Dated")
    events: [Event!]! @relationship(type: "IN", direction: IN)
    agreements: [Agreement!]! @relationship(type: "BETWEEN", direction: IN)
  }

  type Event @node @mutation(operations: []) {
    id: ID!
    signature: String
    type: String
    cameo: String
    date: String
    dateStart: String
    dateEnd: String
    datePrecision: String
    place: String
    placeCountry: String
    planned: Boolean
    initiator: String
    confidence: Float
    participants: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    agreement: [Agreement!]! @relationship(type: "CONCERNS", direction: OUT)
    heldIn: [Country!]! @relationship(type: "IN", direction: OUT)
    sources: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Source")
  }

  type Agreement @node @mutation(operations: []) {
    id: ID!
    signature: String
    kind: String
    nameAr: String
    nameEn: String
    date: String
    dateStart: String
    dateEnd: String
    datePrecision: String
    parties: [Country!]! @relationship(type: "BETWEEN", direction: OUT)
    signatories: [Person!]! @relationship(type: "SIGNED", direction: IN, properties: "Signed")
    events: [Event!]! @relationship(type: "CONCERNS", direction: IN)
    sources: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Source")
  }

  type Article @node @mutation(operations: []) {
    id: ID!
    file: String
    title: String
    url: String
    outlet: String
    publishedAt: String
    sha256: String
    events: [Event!]! @relationship(type: "REPORTED_IN", direction: IN, properties: "Source")
    agreements: [Agreement!]! @relationship(type: "REPORTED_IN", direction: IN, properties: "Source")
  }

  type Called @relationshipProperties {
    eventId: String
    date: String
    dateStart: String
    directed: Boolean
  }

  type Dated @relationshipProperties {
    eventId: String
    date: String
    dateStart: String
  }

  type Signed @relationshipProperties {
    eventId: String
    date: String
  }

  type Represents @relationshipProperties {
    role: String
  }

  type Participation @relationshipProperties {
    role: String
  }

  type Source @relationshipProperties {
    quote: String
    start: Int
    end: Int
    confidence: Float
  }
`;

/** Dates are ISO strings: comparing them needs the string range filters, off by default. */
export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({
    typeDefs: TYPE_DEFS,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  }).getSchema();
}
