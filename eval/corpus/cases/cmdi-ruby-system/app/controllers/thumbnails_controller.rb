class ThumbnailsController < ApplicationController
  before_action :authenticate_user!

  def create
    upload = params.require(:image)
    source = Rails.root.join("tmp", "uploads", upload.original_filename)
    File.binwrite(source, upload.read)
    system("convert #{source} -resize 200x200 #{source}.thumb.png")
    send_file "#{source}.thumb.png", type: "image/png"
  end
end
