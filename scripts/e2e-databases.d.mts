export declare const SERVER_BASE_URL: string;
export declare function e2eDatabaseUrl(base: string, name: string, root: string): string;
export declare function serverReachable(base?: string): Promise<boolean>;
export declare function adminQuery(base: string, statement: string): Promise<void>;
export declare function freshE2eDatabases(base: string, names: string[], root: string): Promise<void>;
