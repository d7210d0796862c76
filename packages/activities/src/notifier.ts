export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Where e-mail goes: SMTP in production, the log in the embedded default. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export const logMailer: Mailer = {
  async send({ to, subject }) {
    console.log(`[mail] to ${to}: ${subject}`);
  },
};
