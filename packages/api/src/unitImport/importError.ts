/** A file that cannot be read as a list of units at all (not one bad row: those are listed with their lines). */
export class UnitFileError extends Error {}
