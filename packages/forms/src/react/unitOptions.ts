/** A unit the unit picker offers. */
export interface UnitOption {
  id: string;
  name: string;
}
