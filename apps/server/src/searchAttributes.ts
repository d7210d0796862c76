import { searchAttributeKeys } from '@cascade/workflows';
import type { Connection } from '@temporalio/client';
// A CommonJS module: Node gives ES modules its exports as the default export only.
import proto from '@temporalio/proto';

const { IndexedValueType } = proto.temporal.api.enums.v1;
const indexedTypes = {
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
} as const;

/** Registers the plan search attributes on the namespace when missing; a cluster that refuses says how to add them by hand. */
export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = Object.values(searchAttributeKeys).filter((key) => !(key.name in (customAttributes ?? {})));
  if (missing.length === 0) return;
  const searchAttributes = Object.fromEntries(
    missing.map((key) => [key.name, indexedTypes[key.type as keyof typeof indexedTypes]]),
  );
  try {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
  } catch (error) {
    const commands = missing.map(
      (key) =>
        `temporal operator search-attribute create --namespace ${namespace} --name ${key.name} --type ${key.type === 'INT' ? 'Int' : 'Keyword'}`,
    );
    throw new Error(
      `Temporal namespace "${namespace}" lacks Cascade's search attributes and refused to add them (${String(error)}). Add them with:\n${commands.join('\n')}`,
      { cause: error },
    );
  }
}
