/** Nơi nhận on the left, level with the signing block on the right: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / … / name. */
export function SigningBlock({
  recipients,
  lines,
  signerName,
}: {
  recipients: string[];
  lines: string[];
  signerName: string;
}) {
  return (
    <div className="document-closing">
      <div className="document-recipients">
        <p className="document-recipients-title">Nơi nhận:</p>
        {recipients.map((r, i) => (
          <p key={i}>
            - {r.replace(/[;.]\s*$/u, '')}
            {i === recipients.length - 1 ? '.' : ';'}
          </p>
        ))}
      </div>
      <div className="document-signing" aria-label="Chữ ký">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p className="document-signer-name">{signerName}</p>
      </div>
    </div>
  );
}
