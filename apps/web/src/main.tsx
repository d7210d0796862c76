import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FileTransferContext } from '@cascade/forms/fileTransfer';
import { DateInputContext } from '@cascade/forms/react';
import { App } from './App';
import { VnDateInput } from './components/VnDateInput';
import { fileHref } from './fileHref';
import 'antd/dist/antd.css';
import { preloadRoute } from './preloadRoute';
import { theme } from './theme';
import { queryClient } from './trpc';
import './styles.css';

dayjs.locale('vi');
preloadRoute(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <FileTransferContext value={{ hrefOf: fileHref }}>
            <DateInputContext value={VnDateInput}>
              <App />
            </DateInputContext>
          </FileTransferContext>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
