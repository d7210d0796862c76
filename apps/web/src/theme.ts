import type { ThemeConfig } from 'antd';

/** Ant Design's tokens set to the colours of styles.css, so antd pages and the older pages look alike. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4e89',
    colorError: '#b42318',
    colorText: '#1f2933',
    colorBorder: '#d9dee4',
    fontFamily: "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  },
};
