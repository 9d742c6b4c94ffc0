/** Types of counts.js: how many cases each fuzz property runs. */
export declare const BASE: number;
export declare const layerRuns: Record<string, number>;
export declare const engineRuns: Record<string, number>;
export declare const readerRuns: number;
export declare const unicodeRuns: number;
export declare const unicodeWorkflowRuns: number;
export declare function describe(): string;
