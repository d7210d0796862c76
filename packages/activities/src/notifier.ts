export interface Notification {
  unitId: string;
  subject: string;
  body: string;
}

export interface Notifier {
  notify(notification: Notification): Promise<void>;
}

/** The embedded default: notifications go to the log. */
export const logNotifier: Notifier = {
  async notify({ unitId, subject }) {
    console.log(`[notification] ${unitId}: ${subject}`);
  },
};
