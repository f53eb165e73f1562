// CLI entry point.
export {};
