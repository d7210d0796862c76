import { type Kysely, sql } from 'kysely';

// Letters with diacritics (precomposed, as typed) and their plain lower-case letter; the combining marks (names typed
// decomposed) come last with no counterpart, so translate() drops them. The same folding as the domain's foldVietnamese.
const accented =
  'ÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝàáâãäåèéêëìíîïòóôõöùúûüýÿĀāĂăĄąĎďĒēĔĕĖėĘęĚěĨĩĪīĬĭĮįİŌōŎŏŐőŨũŪūŬŭŮůŰűŲųŶŷŸƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǪǫǬǭǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȔȕȖȗȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḬḭḮḯṌṍṎṏṐṑṒṓṲṳṴṵṶṷṸṹṺṻẎẏẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹĐđ';
const plain =
  'aaaaaaeeeeiiiiooooouuuuyaaaaaaeeeeiiiiooooouuuuyyaaaaaaddeeeeeeeeeeiiiiiiiiioooooouuuuuuuuuuuuyyyoouuaaiioouuuuuuuuuuaaaaooooaaaaaaeeeeiiiioooouuuuaaeeooooooooyyaaddddddddddeeeeeeeeeeiiiioooooooouuuuuuuuuuyyyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd';

/**
 * The monitor's unit search ("dak doa" finds "Đak Đoa") reads each unit's name folded once, when it is written:
 * a table kept by a trigger (so every writer of units is covered, and units' own rows keep their columns).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const marks = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i)).join('');
  await sql`create function cascade_fold_vi(t text) returns text language sql immutable parallel safe
    as $$ select lower(translate(t, ${sql.lit(accented + marks)}, ${sql.lit(plain)})) $$`.execute(db);
  await db.schema
    .createTable('unit_search_names')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id').onDelete('cascade'))
    .addColumn('folded', 'text', (c) => c.notNull())
    .execute();
  await sql`create function cascade_unit_search_name() returns trigger language plpgsql as $$
    begin
      insert into unit_search_names (unit_id, folded) values (new.id, cascade_fold_vi(new.name))
        on conflict (unit_id) do update set folded = excluded.folded;
      return new;
    end $$`.execute(db);
  await sql`create trigger units_search_name after insert or update of name on units
    for each row execute function cascade_unit_search_name()`.execute(db);
  await sql`insert into unit_search_names (unit_id, folded) select id, cascade_fold_vi(name) from units`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger units_search_name on units`.execute(db);
  await sql`drop function cascade_unit_search_name()`.execute(db);
  await db.schema.dropTable('unit_search_names').execute();
  await sql`drop function cascade_fold_vi(text)`.execute(db);
}
