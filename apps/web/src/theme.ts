import type { ThemeConfig } from 'antd';

/** Ant Design's tokens set to the colours of styles.css, so antd pages and the older pages look alike. */
export const theme: ThemeConfig = {
  // No styles made in the browser at run time: antd's prebuilt stylesheet (main.tsx) holds them, and the tokens below
  // still reach it as CSS variables. Styling each component on its first render took a third of the monitor grid's
  // first paint. The key keeps our variables apart from the defaults the prebuilt sheet sets on antd's own keys.
  zeroRuntime: true,
  cssVar: { key: 'cascade-theme' },
  token: {
    colorPrimary: '#1d4e89',
    colorError: '#b42318',
    colorText: '#1f2933',
    colorBorder: '#d9dee4',
    fontFamily: "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  },
};
