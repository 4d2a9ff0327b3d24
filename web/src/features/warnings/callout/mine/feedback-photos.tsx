import { CameraOutlined } from '@ant-design/icons';
import type { Photo } from '@shouwang/contracts';
import { App, Upload, type UploadFile } from 'antd';
import type { Dispatch, SetStateAction } from 'react';
import { useI18n } from '../../../../lib/i18n';

export interface PickedPhoto extends Photo {
  uid: string;
  /** data: URL for the thumbnail. */
  preview: string;
}

export const MAX_PHOTOS = 4;
const MAX_BYTES = 500 * 1024;
/** A phone camera's 4000 px picture says no more on a duty officer's screen at this size. */
const SIZES = [1600, 1200, 900] as const;

const readAsDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });

/** Shrinks a picture to JPEG until it fits the 500 KB the server takes; null when the file is no image. */
async function shrink(file: File): Promise<Blob | null> {
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap) return null;
  try {
    for (const size of SIZES) {
      const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
      if (blob && blob.size <= MAX_BYTES) return blob;
    }
    return null;
  } finally {
    bitmap.close();
  }
}

/**
 * Site photos for the feedback, taken with the phone's camera or picked from its gallery. Small JPEG,
 * PNG and WebP files go as they are; larger pictures are shrunk in the browser first.
 */
export function FeedbackPhotos({ value, onChange }: { value: PickedPhoto[]; onChange: Dispatch<SetStateAction<PickedPhoto[]>> }) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const add = async (file: File) => {
    const usable = (file.type === 'image/jpeg' || file.type === 'image/png' || file.type === 'image/webp') && file.size <= MAX_BYTES;
    const blob = usable ? file : await shrink(file);
    if (!blob) {
      void message.error(t('callouts.photo.unusable', { name: file.name }));
      return;
    }
    const preview = await readAsDataUrl(blob);
    const contentType: Photo['contentType'] = usable ? file.type : 'image/jpeg';
    const name = usable ? file.name : `${file.name.replace(/\.[^.]*$/, '')}.jpg`;
    const photo: PickedPhoto = { uid: `${file.name}-${file.size}-${file.lastModified}`, name: name.slice(0, 100), contentType, dataBase64: preview.slice(preview.indexOf(',') + 1), preview };
    onChange((current) => [...current.filter((p) => p.uid !== photo.uid), photo].slice(0, MAX_PHOTOS));
  };

  const fileList: UploadFile[] = value.map((p) => ({ uid: p.uid, name: p.name, status: 'done', url: p.preview, thumbUrl: p.preview }));
  return (
    <Upload
      className="sw-callout-photo-picker"
      accept="image/*"
      listType="picture-card"
      multiple
      fileList={fileList}
      beforeUpload={(file) => {
        void add(file);
        return Upload.LIST_IGNORE;
      }}
      onRemove={(file) => onChange((current) => current.filter((p) => p.uid !== file.uid))}
      showUploadList={{ showPreviewIcon: false }}
    >
      {value.length < MAX_PHOTOS && (
        <button type="button" className="sw-callout-photo-add">
          <CameraOutlined />
          <span>{t('callouts.photo.add')}</span>
        </button>
      )}
    </Upload>
  );
}
