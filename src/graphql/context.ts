import type { AppConfig } from "../config/app-config.js";
import type { Database } from "../db/database.js";
import type { Repository } from "../db/repository/repository.js";

/** What every resolver of one request sees. A new one per request: loaders are cached on it. */
export interface Context {
  readonly db: Database;
  readonly repo: Repository;
  readonly config: AppConfig;
  /** The request's Authorization header, if any. */
  readonly authorization: string | null;
}
