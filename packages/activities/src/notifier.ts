import { createTransport } from 'nodemailer';

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

/** SMTP through a connection URL such as smtps://user:pass@mail.example.gov.vn:465. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    async send({ to, subject, body }) {
      await transport.sendMail({ from, to, subject, text: body });
    },
  };
}
