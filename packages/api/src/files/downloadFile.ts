import {
  type Database,
  type ExternalContentStore,
  findFileWithReaders,
  type Kysely,
  readFileContent,
  type User,
} from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { forbidden, visibleUnitIds } from '../access';

/**
 * A stored file for a user who may see the plan or report it belongs to: the units that watch the plan's unit,
 * its focal unit, and the units its reports go to.
 */
export async function downloadFile(db: Kysely<Database>, user: User, id: string, external?: ExternalContentStore) {
  const file = await findFileWithReaders(db, id);
  if (!file) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy tệp đính kèm.' });
  const readers = [file.issuerUnitId, file.focalUnitId, file.receiverUnitId, file.receiverFocalUnitId];
  if (!readers.includes(user.unit_id) && !(await visibleUnitIds(db, user)).has(file.issuerUnitId))
    throw forbidden('Bạn không có quyền xem tệp này: tệp thuộc kế hoạch, báo cáo ngoài phạm vi của đơn vị bạn.');
  const content = await readFileContent(db, file.sha256, external);
  if (!content) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy nội dung tệp.' });
  return { name: file.name, contentType: file.contentType, content };
}
